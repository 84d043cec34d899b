package dev.atelier.testing;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.ui.AtelierApp;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** Starts and stops the real desktop app on a given home for TestFX tests (Monocle, headless). */
public final class FxApp implements AutoCloseable {
    private final AppContext context;
    private final AtelierApp app;
    private final Stage stage;

    private FxApp(AppContext context, AtelierApp app, Stage stage) {
        this.context = context;
        this.app = app;
        this.stage = stage;
    }

    public static FxApp start(Path home) throws TimeoutException {
        return start(AppContext.open(AppPaths.at(home)));
    }

    /** Starts the app on a context the test opened (e.g. with cheap vault KDF parameters); closes it at the end. */
    public static FxApp start(AppContext ctx) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtelierApp app = (AtelierApp) FxToolkit.setupApplication(() -> new AtelierApp(ctx));
        FxToolkit.showStage();
        return new FxApp(ctx, app, stage);
    }

    public AtelierApp app() {
        return app;
    }

    public AppContext context() {
        return context;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() throws TimeoutException {
        // let background work (a slow key derivation under load, an RPC call) finish before the home is
        // closed: otherwise it may write into a folder JUnit is already deleting
        if (app.tasks() != null) {
            try {
                org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> app.tasks().running().isEmpty());
            } catch (TimeoutException stillRunning) {
                // close anyway; the task runner cancels what is left
            }
        }
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        context.close();
    }
}
