package dev.atelier.ui.preview;

import atlantafx.base.theme.Styles;
import dev.atelier.asset.AssetKind;
import dev.atelier.asset.AssetReport;
import dev.atelier.asset.OpenedAsset;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.ui.UiServices;
import dev.atelier.ui.common.EmptyState;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Assets screen: open or drop a file to preview it, read its statistics and validation issues,
 * check it against a budget profile, compute its IPFS CID, export a CAR and save a poster.
 */
public final class AssetsView extends StackPane {
    private final AssetsViewModel vm;
    private final UiServices ui;
    private final AssetPreviews previews;
    private final EmptyState empty;
    private final BorderPane content = new BorderPane();
    private final StackPane previewHost = new StackPane();
    private final VBox inspector = new VBox(14);
    private final VBox budgetRows = new VBox(6);
    private final Label title = new Label();

    public AssetsView(AssetsViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
        this.previews = new AssetPreviews(vm.inspector(), ui.tasks());
        getStyleClass().addAll("screen", "assets-screen");
        empty = new EmptyState("mdi2c-cube-outline", "Look inside any asset",
                "Open or drop an image, audio, video or 3D model (glTF, GLB, OBJ) to preview it, check its budget and compute its IPFS CID.",
                "Open a file…", this::chooseFile);
        content.setTop(toolbar());
        SplitPane split = new SplitPane(previewHost, inspectorScroll());
        split.setDividerPositions(0.62);
        previewHost.getStyleClass().add("preview-host");
        previewHost.setMinSize(0, 0);
        content.setCenter(split);
        BorderPane.setMargin(split, new Insets(10, 0, 0, 0));
        content.setVisible(false);
        getChildren().addAll(content, empty);

        vm.openedProperty().addListener((o, a, opened) -> show(opened));
        vm.budget().addListener((javafx.collections.ListChangeListener<Object>) c -> InspectorPane.budget(budgetRows, List.copyOf(vm.budget())));
        InspectorPane.budget(budgetRows, List.of());
        installDrop();
        sceneProperty().addListener((o, a, scene) -> installShortcut(scene));
    }

    public AssetsViewModel viewModel() {
        return vm;
    }

    /** Opens a file as if it had been chosen or dropped. */
    public void openFile(Path file) {
        vm.open(file);
    }

    private Node toolbar() {
        FontIcon icon = new FontIcon("mdi2f-file-outline");
        icon.setId("asset-kind-icon");
        title.setId("asset-title");
        title.getStyleClass().add(Styles.TITLE_3);
        Button open = new Button("Open…", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("asset-open");
        open.setTooltip(new Tooltip("Open a file (Ctrl+O), or drop one here"));
        open.setOnAction(e -> chooseFile());
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("asset-close");
        close.getStyleClass().add(Styles.BUTTON_ICON);
        close.setTooltip(new Tooltip("Close this file"));
        close.setOnAction(e -> vm.closeAsset());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, icon, title, spacer, open, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        vm.openedProperty().addListener((o, a, op) -> icon.setIconLiteral(op == null ? "mdi2f-file-outline" : iconFor(op.report().kind())));
        return bar;
    }

    private Node inspectorScroll() {
        inspector.setPadding(new Insets(4, 14, 14, 14));
        inspector.setId("asset-inspector");
        ScrollPane scroll = new ScrollPane(inspector);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinWidth(300);
        return scroll;
    }

    private void show(OpenedAsset opened) {
        boolean has = opened != null;
        content.setVisible(has);
        empty.setVisible(!has);
        if (!has) {
            previewHost.getChildren().clear();
            inspector.getChildren().clear();
            return;
        }
        AssetReport r = opened.report();
        title.setText(r.fileName());
        previewHost.getChildren().setAll(previews.create(opened));
        inspector.getChildren().setAll(
                section("Details"), InspectorPane.facts(r), new Separator(),
                section("Validation"), InspectorPane.issues(r.issues()), new Separator(),
                section("Budget"), profileChooser(), budgetRows, new Separator(),
                section("Content address (IPFS CIDv1)"), cidBox(), new Separator(),
                section("Poster"), posterBox(r));
    }

    private Node profileChooser() {
        ComboBox<BudgetProfile> combo = new ComboBox<>(vm.profiles());
        combo.setId("budget-profile");
        combo.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(combo, Priority.ALWAYS);
        combo.setCellFactory(l -> profileCell());
        combo.setButtonCell(profileCell());
        combo.valueProperty().bindBidirectional(vm.profileProperty());
        MenuItem add = new MenuItem("New profile…", new FontIcon("mdi2p-plus"));
        add.setOnAction(e -> editProfile(null, true));
        MenuItem copy = new MenuItem("New profile from this one…", new FontIcon("mdi2c-content-copy"));
        copy.setOnAction(e -> editProfile(vm.profileProperty().get(), true));
        copy.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.profileProperty().get() == null || vm.profileProperty().get().limits().isEmpty(), vm.profileProperty()));
        MenuItem edit = new MenuItem("Edit this profile…", new FontIcon("mdi2p-pencil-outline"));
        edit.setOnAction(e -> editProfile(vm.profileProperty().get(), false));
        MenuItem delete = new MenuItem("Delete this profile", new FontIcon("mdi2d-delete-outline"));
        delete.setOnAction(e -> {
            BudgetProfile p = vm.profileProperty().get();
            if (ui.dialogs().confirm("Delete profile", "Delete the budget profile '" + p.name() + "'?", "Delete")) {
                vm.deleteProfile(p);
            }
        });
        edit.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.profileProperty().get() == null || vm.profileProperty().get().builtIn(), vm.profileProperty()));
        delete.disableProperty().bind(edit.disableProperty());
        MenuButton menu = new MenuButton(null, new FontIcon("mdi2d-dots-vertical"), add, copy, edit, delete);
        menu.setId("budget-menu");
        menu.getStyleClass().addAll(Styles.BUTTON_ICON, "no-arrow");
        HBox box = new HBox(6, combo, menu);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void editProfile(BudgetProfile start, boolean copy) {
        ui.dialogs().show(new ProfileEditor(start, copy)).ifPresent(p -> {
            try {
                vm.saveProfile(p);
                if (!copy && start != null && !start.name().equalsIgnoreCase(p.name().trim())) {
                    vm.deleteProfile(start); // renamed
                    vm.profileProperty().set(vm.profiles().stream().filter(x -> x.name().equalsIgnoreCase(p.name().trim()))
                            .findFirst().orElse(vm.profileProperty().get()));
                }
                ui.dialogs().notifySuccess("Profile '" + p.name().trim() + "' saved.");
            } catch (RuntimeException e) {
                ui.dialogs().showFailure("Profile not saved", e);
            }
        });
    }

    private static ListCell<BudgetProfile> profileCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(BudgetProfile p, boolean emptyCell) {
                super.updateItem(p, emptyCell);
                setText(emptyCell || p == null ? null : p.name() + (p.builtIn() ? "" : "  (custom)"));
            }
        };
    }

    private Node cidBox() {
        TextField cid = new TextField();
        cid.setId("asset-cid");
        cid.setEditable(false);
        cid.setPromptText("Not computed yet");
        cid.getStyleClass().add("mono");
        cid.textProperty().bind(vm.cidProperty());
        Button compute = new Button("Compute CID", new FontIcon("mdi2p-pound"));
        compute.setId("asset-compute-cid");
        compute.setOnAction(e -> vm.computeCid());
        Button copy = new Button(null, new FontIcon("mdi2c-content-copy"));
        copy.getStyleClass().add(Styles.BUTTON_ICON);
        copy.setTooltip(new Tooltip("Copy the CID"));
        copy.disableProperty().bind(vm.cidProperty().isEmpty());
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(vm.cidProperty().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            ui.dialogs().notify("CID copied.");
        });
        Button car = new Button("Export CAR…", new FontIcon("mdi2p-package-variant-closed"));
        car.setId("asset-export-car");
        car.setOnAction(e -> exportCar());
        HBox row = new HBox(6, cid, copy);
        HBox.setHgrow(cid, Priority.ALWAYS);
        HBox buttons = new HBox(6, compute, car);
        Label hint = new Label("The address the file will have on IPFS (kubo defaults), known before upload.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return new VBox(6, row, buttons, hint);
    }

    private Node posterBox(AssetReport r) {
        Button poster = new Button("Save poster…", new FontIcon("mdi2i-image-outline"));
        poster.setId("asset-save-poster");
        boolean can = r.kind() == AssetKind.MODEL || (r.kind() == AssetKind.IMAGE && !r.hasErrors());
        poster.setDisable(!can);
        poster.setOnAction(e -> savePoster());
        Label hint = new Label("A 1024 × 1024 PNG for the NFT's image when its animation_url is the model.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return new VBox(6, poster, hint);
    }

    private void chooseFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open an asset");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Assets", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.webp", "*.svg",
                        "*.glb", "*.gltf", "*.obj", "*.mp3", "*.wav", "*.aac", "*.m4a", "*.mp4"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    private void exportCar() {
        OpenedAsset o = vm.opened();
        FileChooser fc = new FileChooser();
        fc.setTitle("Export a CAR file");
        fc.setInitialFileName(o.report().fileName() + ".car");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CAR archive", "*.car"));
        File f = fc.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.exportCar(f.toPath(), root -> ui.dialogs().notifySuccess("CAR written; its root is " + root + "."));
        }
    }

    private void savePoster() {
        OpenedAsset o = vm.opened();
        FileChooser fc = new FileChooser();
        fc.setTitle("Save a poster");
        String base = o.report().fileName().replaceFirst("\\.[^.]+$", "");
        fc.setInitialFileName(base + "-poster.png");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = fc.showSaveDialog(getScene().getWindow());
        if (f != null) {
            savePoster(f.toPath(), 1024);
        }
    }

    /** The 3D view's picture when JavaFX 3D runs here (as the user framed it), else the software renderer's. */
    public void savePoster(Path png, int size) {
        Runnable done = () -> ui.dialogs().notifySuccess("Poster saved to " + png.getFileName() + ".");
        Node view = previewHost.lookup("#model-view");
        if (view instanceof ModelView3D mv && vm.opened().model() != null) {
            vm.savePosterFromView(png, scene -> mv.poster(scene, size), done);
        } else {
            vm.savePoster(png, size, done);
        }
    }

    private void installDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                getStyleClass().remove("drop-target");
                getStyleClass().add("drop-target");
            }
            e.consume();
        });
        setOnDragExited(e -> getStyleClass().remove("drop-target"));
        setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                vm.open(e.getDragboard().getFiles().get(0).toPath());
                done = true;
            }
            getStyleClass().remove("drop-target");
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void installShortcut(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().putIfAbsent(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> {
                if (getParent() != null && isVisible()) {
                    chooseFile();
                }
            });
        }
    }

    private static String iconFor(AssetKind kind) {
        return switch (kind) {
            case IMAGE -> "mdi2i-image-outline";
            case AUDIO -> "mdi2m-music-note-outline";
            case VIDEO -> "mdi2f-filmstrip";
            case MODEL -> "mdi2c-cube-outline";
            case OTHER -> "mdi2f-file-outline";
        };
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TITLE_4);
        return l;
    }

}
