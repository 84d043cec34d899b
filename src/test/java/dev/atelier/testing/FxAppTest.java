package dev.atelier.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the long TestFX flows against a real chain share: the app under test, a robot, closing the
 * app only once its background tasks have finished, and a patient wait that lets FX events run.
 */
public abstract class FxAppTest {
    protected FxApp fx;
    protected final FxRobot robot = new FxRobot();

    @AfterEach
    void closeApp() throws Exception {
        if (fx != null) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx.app().tasks().running().isEmpty());
            fx.close();
        }
    }

    /** Waits up to a minute (chain work under a loaded CI machine) for {@code c}, running FX events between checks. */
    protected void waitFor(BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return c.getAsBoolean();
        });
    }

    protected boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
