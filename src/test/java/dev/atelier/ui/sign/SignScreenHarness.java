package dev.atelier.ui.sign;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.app.ThemeChoice;
import dev.atelier.ui.UiServices;
import dev.atelier.ui.common.ClipboardService;
import dev.atelier.ui.common.Dialogs;
import dev.atelier.ui.common.FxTaskRunner;
import dev.atelier.ui.common.ThemeManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;

/** The real Sign screen in a window of its own, with a vault stand-in and scripted file dialogs. */
final class SignScreenHarness implements AutoCloseable {
    final AppContext app;
    final SignView view;
    final FxTaskRunner tasks = new FxTaskRunner();
    final List<Path> toOpen = new ArrayList<>();
    Path saveAs;
    Path framesFolder;
    final ThemeManager theme = new ThemeManager(false);

    SignScreenHarness(Path home, VaultAccess vault) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = AppContext.open(AppPaths.at(home));
        SignView[] holder = new SignView[1];
        FxToolkit.setupStage((Stage stage) -> {
            theme.applyTheme(ThemeChoice.LIGHT);
            VBox toasts = new VBox();
            Dialogs dialogs = new Dialogs(toasts, app.paths().logFile());
            dialogs.setOwner(stage);
            UiServices ui = new UiServices(app, tasks, dialogs, new ClipboardService(), theme, url -> { });
            SignView v = new SignView(new SignViewModel(app, vault, tasks, e -> dialogs.showFailure("Sign", e), javafx.application.Platform::runLater), ui,
                    new SimpleObjectProperty<>(), () -> { });
            v.setFiles(new SignFiles() {
                @Override
                public List<Path> openRequests(Window owner) {
                    return List.copyOf(toOpen);
                }

                @Override
                public Optional<Path> saveResponse(Window owner, String suggestedName) {
                    return Optional.ofNullable(saveAs);
                }

                @Override
                public Optional<Path> chooseFolder(Window owner, String title) {
                    return Optional.ofNullable(framesFolder);
                }
            });
            holder[0] = v;
            Scene scene = new Scene(new StackPane(v, toasts), 1240, 780);
            scene.getStylesheets().add(SignView.class.getResource("/dev/atelier/ui/atelier.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        view = holder[0];
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        app.close();
    }
}
