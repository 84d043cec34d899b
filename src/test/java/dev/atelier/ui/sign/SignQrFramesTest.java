package dev.atelier.ui.sign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.signing.qr.AirGap;
import dev.atelier.signing.qr.QrFrames;
import dev.atelier.signing.qr.ResponseScan;
import dev.atelier.testing.QrAirGap;
import dev.atelier.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The offline half by pictures on the real Sign screen: Open… the request's PNG frames (shuffled),
 * approve, "Save frames as PNG…" the answer; the online reader rebuilds and verifies it from them.
 */
class SignQrFramesTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    private void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void requestFramesOpenOnTheSignScreenAndTheAnswersFramesReadBackOnline() throws Exception {
        SigningRequest request = QrAirGap.transfers(8, 0, "Eight by pictures");
        List<Path> frames = new ArrayList<>(QrFrames.writePngs(AirGap.requestUr(request),
                Files.createDirectories(dir.resolve("in")), "atelier-request"));
        Collections.shuffle(frames, new java.util.Random(11));
        try (SignScreenHarness h = new SignScreenHarness(dir.resolve("home"), new TestVault(TestKeys.anvil(), "pw"))) {
            h.toOpen.addAll(frames);
            robot.clickOn("#open-request");
            waitFor(() -> robot.lookup("#batch-table").tryQuery().isPresent());
            robot.clickOn("#approve");
            waitFor(() -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
            robot.clickOn("#unlock-passphrase").write("pw");
            robot.clickOn("#unlock-ok");
            waitFor(() -> robot.lookup("#result-pane").tryQuery().isPresent());
            assertThat(robot.lookup("#response-qr-caption").<Label>query().getText()).startsWith("Animated QR · frame ");
            assertThat(robot.lookup("#response-qr-play").tryQuery()).isPresent();
            h.framesFolder = Files.createDirectories(dir.resolve("out"));
            robot.clickOn("#response-qr-save");
            waitFor(() -> count(h.framesFolder) > 0);
        }
        List<Path> answer;
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            answer = new ArrayList<>(s.sorted().toList());
        }
        assertThat(answer.get(0).getFileName().toString()).matches("atelier-response-01-of-\\d\\d\\.png");
        Collections.reverse(answer);
        ResponseScan scan = new ResponseScan(request);
        answer.forEach(scan::addImage);
        SigningResponse r = scan.response();
        assertThat(r.results()).hasSize(8);
        r.checkAnswers(request);
    }

    private static long count(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
