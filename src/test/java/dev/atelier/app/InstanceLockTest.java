package dev.atelier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path home;

    @Test
    void secondInstanceCannotTakeTheLockAndItsShowRequestReachesTheFirst() throws Exception {
        Path lockFile = home.resolve("gui.lock");
        CountDownLatch shown = new CountDownLatch(1);
        try (InstanceLock first = InstanceLock.tryAcquire(lockFile, shown::countDown).orElseThrow()) {
            assertThat(InstanceLock.tryAcquire(lockFile, () -> { })).isEmpty();
            assertThat(InstanceLock.signalRunningInstance(lockFile)).isTrue();
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
        Optional<InstanceLock> again = InstanceLock.tryAcquire(lockFile, () -> { });
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void aShowRequestWithoutTheTokenIsIgnored() throws Exception {
        Path lockFile = home.resolve("gui.lock");
        CountDownLatch shown = new CountDownLatch(1);
        try (InstanceLock first = InstanceLock.tryAcquire(lockFile, shown::countDown).orElseThrow()) {
            String port = java.nio.file.Files.readString(home.resolve("gui.lock.port")).split(" ")[0];
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", Integer.parseInt(port))) {
                s.getOutputStream().write("show wrong-token\n".getBytes());
            }
            assertThat(shown.await(500, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void noRunningInstanceMeansNoAnswer() {
        assertThat(InstanceLock.signalRunningInstance(home.resolve("gui.lock"))).isFalse();
    }

    @Test
    void aSecondLaunchCanHandTheFirstAFileToOpen() throws Exception {
        Path lockFile = home.resolve("gui.lock");
        java.util.concurrent.BlockingQueue<Optional<Path>> got = new java.util.concurrent.LinkedBlockingQueue<>();
        Path file = home.resolve("batch.atelier-request");
        try (InstanceLock first = InstanceLock.tryAcquire(lockFile, (Path f) -> got.add(Optional.ofNullable(f))).orElseThrow()) {
            assertThat(InstanceLock.signalRunningInstance(lockFile, file)).isTrue();
            assertThat(got.poll(5, TimeUnit.SECONDS)).contains(file.toAbsolutePath());
            assertThat(InstanceLock.signalRunningInstance(lockFile)).isTrue();
            assertThat(got.poll(5, TimeUnit.SECONDS)).isEmpty();
        }
    }
}
