package dev.atelier.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.Clipboard;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Copied secrets leave the system clipboard: after their lifetime, or at once on clearSecret (lock, exit). */
class ClipboardServiceTest {
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private String clipboard() {
        String[] s = new String[1];
        robot.interact(() -> s[0] = Clipboard.getSystemClipboard().hasString() ? Clipboard.getSystemClipboard().getString() : null);
        return s[0];
    }

    private static void waitUntil(Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, c);
    }

    @Test
    void aSecretIsWipedAfterItsLifetimeUnlessTheUserCopiedSomethingElse() throws Exception {
        ClipboardService cs = new ClipboardService(Duration.millis(400));
        robot.interact(() -> cs.copySecret("secret one"));
        assertThat(clipboard()).isEqualTo("secret one");
        waitUntil(() -> clipboard() == null);

        robot.interact(() -> {
            cs.copySecret("secret two");
            cs.copy("the user's own text");
        });
        Thread.sleep(1000);
        assertThat(clipboard()).isEqualTo("the user's own text");
    }

    @Test
    void clearSecretWipesAtOnceAndOnlyTheSecret() {
        ClipboardService cs = new ClipboardService(Duration.minutes(5));
        robot.interact(() -> cs.copySecret("secret three"));
        robot.interact(cs::clearSecret);
        assertThat(clipboard()).isNull();

        robot.interact(() -> {
            cs.copySecret("secret four");
            cs.copy("an address");
            cs.clearSecret();
        });
        assertThat(clipboard()).isEqualTo("an address");
    }
}
