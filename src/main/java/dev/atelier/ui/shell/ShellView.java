package dev.atelier.ui.shell;

import atlantafx.base.theme.Styles;
import dev.atelier.chain.Network;
import dev.atelier.ui.Screen;
import dev.atelier.vault.VaultState;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window frame: a header (screen title, network, vault state, help), the left navigation, the
 * current screen, and a status bar with the background-task area. Screens are built on first visit
 * and kept, so switching back is instant and keeps their state.
 */
public final class ShellView extends StackPane {
    private final ShellViewModel vm;
    private final Function<Screen, Node> screenFactory;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final Runnable onHelp;

    public ShellView(ShellViewModel vm, Function<Screen, Node> screenFactory, TaskStrip tasks, VBox toastLayer,
                     Runnable onHelp) {
        this.vm = vm;
        this.screenFactory = screenFactory;
        this.onHelp = onHelp;
        setId("shell");
        getStyleClass().add("shell");

        BorderPane frame = new BorderPane();
        frame.setTop(header());
        frame.setLeft(nav());
        content.getStyleClass().add("screen-host");
        frame.setCenter(content);
        frame.setBottom(statusBar(tasks));

        StackPane.setAlignment(toastLayer, Pos.TOP_RIGHT);
        toastLayer.setPadding(new Insets(64, 16, 16, 16));
        toastLayer.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().addAll(frame, toastLayer);

        vm.currentProperty().addListener((obs, old, now) -> show(now));
        show(vm.current());
    }

    /** Ctrl+1…7 switch screens, Ctrl+L locks, F1 opens help for the current screen. */
    public void installShortcuts(Scene scene) {
        for (Screen s : Screen.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(s.shortcut(), KeyCombination.SHORTCUT_DOWN), () -> vm.select(s));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), vm::lock);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), onHelp);
    }

    /** The node currently shown for a screen, if it was visited. */
    public Node screenNode(Screen s) {
        return built.get(s);
    }

    private void show(Screen screen) {
        Node node = built.computeIfAbsent(screen, s -> {
            Node n = screenFactory.apply(s);
            n.setId("screen-" + s.id());
            return n;
        });
        content.getChildren().setAll(node);
        navButtons.get(screen).setSelected(true);
    }

    private Node header() {
        FontIcon logo = new FontIcon("mdi2p-palette-swatch-outline");
        logo.getStyleClass().add("app-logo");
        Label app = new Label("Atelier");
        app.getStyleClass().addAll(Styles.TITLE_4, "app-name");
        Label title = new Label();
        title.setId("header-title");
        title.getStyleClass().addAll(Styles.TEXT_MUTED);
        title.textProperty().bind(vm.currentProperty().map(s -> "/  " + s.title()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button network = new Button();
        network.setId("header-network");
        network.getStyleClass().addAll(Styles.FLAT, "header-chip");
        network.setGraphic(new FontIcon("mdi2l-lan-connect"));
        network.textProperty().bind(vm.networkProperty().map(Network::label).orElse("No network"));
        network.setTooltip(new Tooltip("Selected network — change it on the Networks screen"));
        network.setOnAction(e -> vm.select(Screen.NETWORKS));

        Button vault = new Button();
        vault.setId("header-vault");
        vault.getStyleClass().addAll(Styles.FLAT, "header-chip");
        vault.textProperty().bind(vm.vaultStateProperty().map(VaultState::label));
        vault.graphicProperty().bind(vm.vaultStateProperty().map(ShellView::vaultIcon));
        vm.vaultStateProperty().addListener((o, a, b) -> styleVault(vault, b));
        styleVault(vault, vm.vaultStateProperty().get());
        vault.setOnAction(e -> {
            if (vm.vaultStateProperty().get() == VaultState.UNLOCKED) {
                vm.lock();
            } else {
                vm.select(Screen.WALLET);
            }
        });

        Button help = new Button(null, new FontIcon("mdi2h-help-circle-outline"));
        help.setId("header-help");
        help.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        help.setTooltip(new Tooltip("Help for this screen (F1)"));
        help.setOnAction(e -> onHelp.run());

        HBox bar = new HBox(10, logo, app, title, spacer, network, vault, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("header-bar");
        return bar;
    }

    private static Node vaultIcon(VaultState s) {
        return new FontIcon(switch (s) {
            case NONE -> "mdi2s-shield-off-outline";
            case LOCKED -> "mdi2l-lock-outline";
            case UNLOCKED -> "mdi2l-lock-open-variant-outline";
        });
    }

    private static void styleVault(Button b, VaultState s) {
        b.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
        if (s != VaultState.NONE) {
            b.getStyleClass().add(s == VaultState.UNLOCKED ? Styles.WARNING : Styles.SUCCESS);
        }
        b.setTooltip(new Tooltip(switch (s) {
            case NONE -> "No vault yet — create one on the Wallet screen";
            case LOCKED -> "Vault locked — unlock it on the Wallet screen";
            case UNLOCKED -> "Vault unlocked — click or press Ctrl+L to lock";
        }));
    }

    private Node nav() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        box.getStyleClass().add("nav-bar");
        for (Screen s : Screen.values()) {
            ToggleButton b = new ToggleButton(s.title(), new FontIcon(s.icon()));
            b.setId("nav-" + s.id());
            b.setToggleGroup(group);
            b.getStyleClass().add("nav-button");
            b.setContentDisplay(ContentDisplay.LEFT);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setTooltip(new Tooltip(s.title() + "  (Ctrl+" + (s.ordinal() + 1) + ")"));
            b.setOnAction(e -> {
                vm.select(s);
                b.setSelected(true); // a toggle in a group must not be un-selected by a second click
            });
            navButtons.put(s, b);
            box.getChildren().add(b);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        box.getChildren().add(spacer);
        return box;
    }

    private Node statusBar(TaskStrip tasks) {
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, status, spacer, tasks);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
