package dev.atelier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.common.AtelierException;
import dev.atelier.testing.FxApp;
import dev.atelier.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class BackgroundTasksTest {
    @TempDir
    Path home;
    FxApp fx;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        fx = FxApp.start(home);
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    @Test
    void runningTaskAppearsInTheStatusBarWithProgressAndCanBeCancelled() throws Exception {
        FxTaskRunner tasks = runner();
        CountDownLatch reported = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        AtomicBoolean succeeded = new AtomicBoolean();
        robot.interact(() -> tasks.submit("Hashing 1,000 files", progress -> {
            progress.progress(1, 4);
            reported.countDown();
            while (!progress.isCancelled()) {
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000); // ignores the interrupt: poll like real work
            }
            sawCancel.set(true);
            progress.checkCancelled();
            return "never";
        }, r -> succeeded.set(true), e -> { }));
        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Hashing 1,000 files").tryQuery()).isPresent();
        assertThat(tasks.running()).hasSize(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#task-strip .progress-bar").queryAs(javafx.scene.control.ProgressBar.class).getProgress() == 0.25);

        robot.clickOn(robot.lookup("#task-strip .button").queryButton());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, sawCancel::get);
        assertThat(robot.lookup("Hashing 1,000 files").tryQuery()).isEmpty();
        assertThat(succeeded).isFalse();
    }

    @Test
    void resultsArriveOnTheFxThread() throws Exception {
        AtomicReference<Boolean> onFx = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> runner().submit("Quick", p -> 42, r -> {
            onFx.set(Platform.isFxApplicationThread());
            done.countDown();
        }, e -> { }));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx.get()).isTrue();
    }

    @Test
    void anUncaughtExpectedFailureShowsItsMessageNotAStackTrace() {
        Platform.runLater(() -> {
            throw new AtelierException("The disk is full. Free some space and try again.");
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).isEqualTo("The disk is full. Free some space and try again.");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    @Test
    void anUnexpectedFailurePointsToTheLogInsteadOfShowingInternals() {
        Platform.runLater(() -> {
            throw new IllegalStateException("internal detail 0xdeadbeef");
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("Something unexpected went wrong").contains("atelier.log")
                .doesNotContain("internal detail").doesNotContain("IllegalStateException");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("0xdeadbeef")).tryQuery())
                .isEmpty();
    }

    private FxTaskRunner runner() {
        return fx.app().tasks();
    }
}
