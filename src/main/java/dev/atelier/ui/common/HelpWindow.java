package dev.atelier.ui.common;

import dev.atelier.ui.Screen;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * F1: the user guide page for the current screen, in its own window (bundled with the app, so help
 * works offline on an air-gapped machine).
 */
public final class HelpWindow {
    private final ThemeManager theme;
    private final Consumer<String> onLink;
    private Stage stage;

    public HelpWindow(ThemeManager theme, Consumer<String> onLink) {
        this.theme = theme;
        this.onLink = onLink;
    }

    public void show(Screen screen, Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setWidth(640);
            stage.setHeight(720);
        }
        MarkdownView page = new MarkdownView(load(screen), onLink);
        page.setId("help-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        StackPane root = new StackPane(scroll);
        root.getStyleClass().add("help-window");
        page.setStyle("-fx-padding: 24;");
        theme.styleRoot(root);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(HelpWindow.class.getResource("/dev/atelier/ui/atelier.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Atelier Help — " + screen.title());
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    static String load(Screen screen) {
        try (InputStream in = HelpWindow.class.getResourceAsStream(screen.helpResource())) {
            if (in == null) {
                return "# " + screen.title() + "\n\nThe help page for this screen is missing from this build.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "# " + screen.title() + "\n\nThe help page could not be read.";
        }
    }
}
