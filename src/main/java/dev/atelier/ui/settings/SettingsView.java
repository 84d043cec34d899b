package dev.atelier.ui.settings;

import atlantafx.base.controls.Tile;
import atlantafx.base.theme.Styles;
import dev.atelier.app.AppInfo;
import dev.atelier.app.AppPaths;
import dev.atelier.app.Settings;
import dev.atelier.app.ThemeChoice;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Appearance (theme, UI scale), security (auto-lock), and where the data lives. */
public final class SettingsView extends ScrollPane {

    public SettingsView(SettingsViewModel vm, AppPaths paths, Consumer<String> openLink) {
        getStyleClass().addAll("screen", "edge-to-edge");
        setFitToWidth(true);

        ComboBox<ThemeChoice> theme = new ComboBox<>(FXCollections.observableArrayList(ThemeChoice.values()));
        theme.setId("theme-choice");
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        ComboBox<Double> scale = new ComboBox<>(FXCollections.observableArrayList(Settings.SCALE_STEPS));
        scale.setId("ui-scale");
        StringConverter<Double> percent = new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : String.format(Locale.ROOT, "%.0f %%", d * 100);
            }

            @Override
            public Double fromString(String s) {
                return Double.parseDouble(s.replace("%", "").trim()) / 100.0;
            }
        };
        scale.setConverter(percent);
        scale.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Double d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : percent.toString(d));
            }
        });
        scale.valueProperty().bindBidirectional(vm.scaleProperty());

        Spinner<Integer> autoLock = new Spinner<>(0, 24 * 60, vm.autoLockMinutesProperty().get(), 1);
        autoLock.setId("auto-lock");
        autoLock.setEditable(true);
        autoLock.setPrefWidth(110);
        autoLock.valueProperty().addListener((o, a, b) -> vm.autoLockMinutesProperty().set(b));

        Button openHome = new Button("Open folder", new FontIcon("mdi2f-folder-open-outline"));
        openHome.setOnAction(e -> openLink.accept(paths.home().toUri().toString()));
        Button openLogs = new Button("Open logs", new FontIcon("mdi2t-text-box-outline"));
        openLogs.setOnAction(e -> openLink.accept(paths.logs().toUri().toString()));

        VBox page = new VBox(
                section("Appearance"),
                tile("Theme", "Light, dark, or the same as your desktop.", theme),
                tile("Interface size", "Scale text and controls for your screen and eyes.", scale),
                new Separator(),
                section("Security"),
                tile("Auto-lock after (minutes)", "Lock the vault after this much idle time. 0 turns auto-lock off.", autoLock),
                new Separator(),
                section("Data"),
                tile("Atelier folder", paths.home().toString(), openHome),
                tile("Logs", "Secrets never reach the logs. Attach them when you report a problem.", openLogs),
                new Separator(),
                section("About"),
                tile("Atelier " + AppInfo.version(), "Java " + System.getProperty("java.version")
                        + " · JavaFX " + System.getProperty("javafx.runtime.version", "?"), new Label()));
        page.getStyleClass().add("settings-page");
        page.setSpacing(6);
        page.setMaxWidth(860);
        setContent(page);
    }

    private static Node section(String title) {
        Label l = new Label(title);
        l.getStyleClass().addAll(Styles.TITLE_4, "settings-section");
        return l;
    }

    private static Tile tile(String title, String description, Node action) {
        Tile t = new Tile(title, description);
        t.setAction(action);
        return t;
    }
}
