package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.studio.Collection;
import dev.atelier.studio.CollectionSummary;
import dev.atelier.studio.Standard;
import dev.atelier.studio.Verdict;
import dev.atelier.ui.UiServices;
import dev.atelier.ui.common.EmptyState;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Studio screen: collections on the left; the selected collection's items as a searchable,
 * sortable table or thumbnail grid in the middle; the item editor on the right. With no collection
 * yet it shows an empty state that creates one or opens the demo kit.
 */
public final class StudioView extends StackPane {
    private final UiServices ui;
    private final StudioViewModel vm;
    private final ItemEditorModel editorModel;
    private final Thumbnails thumbnails = new Thumbnails();
    private final VBox empty;
    private final SplitPane content;
    private final ListView<CollectionSummary> list = new ListView<>();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final HBox counts = new HBox(6);
    private final ItemFilterBar filterBar;
    private final Label matches = new Label();
    private final ItemTable table;
    private ItemGrid grid; // built on first use: most sessions never open the thumbnail grid
    private final StackPane itemsHost = new StackPane();
    private final ItemEditor editor;
    private final StudioActions actions;
    private final Label busyText = new Label();
    private final VBox busy = new VBox(10, new javafx.scene.control.ProgressIndicator(), busyText);

    public StudioView(UiServices ui, Runnable help) {
        this.ui = ui;
        this.vm = new StudioViewModel(ui.app().studio(), ui.tasks(), ui.app().paths().home());
        this.editorModel = new ItemEditorModel(vm.studio(), vm::itemSaved);
        this.filterBar = new ItemFilterBar(vm);
        this.actions = new StudioActions(ui, vm, editorModel, this::selectItem);
        getStyleClass().addAll("studio");

        EmptyState state = new EmptyState("mdi2p-palette-outline", "Your collections and game items",
                "Create a collection, or open the demo creator kit, to catalog items, edit their metadata and get them ready to mint.",
                "New collection", actions::newCollection);
        Button demo = new Button("Open the demo kit", new FontIcon("mdi2g-gift-outline"));
        demo.setId("empty-demo");
        demo.getStyleClass().add(Styles.FLAT);
        demo.setOnAction(e -> actions.openDemoKit());
        empty = new VBox(4, state, demo);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("screen");

        table = new ItemTable(vm, thumbnails);
        editor = new ItemEditor(editorModel, thumbnails, new AssetPreview(ui.app().assetInspector(), ui.tasks()),
                e -> ui.dialogs().showFailure("Could not save the item", e), actions::deleteItem);
        content = new SplitPane(collectionsPane(), itemsPane(), editor.inScroll());
        content.setDividerPositions(0.16, 0.66);
        content.getStyleClass().add("studio-split");
        SplitPane.setResizableWithParent(content.getItems().get(0), false);

        vm.currentProperty().addListener((o, a, b) -> showCollection(b));
        vm.summaryProperty().addListener((o, a, b) -> showCounts(b));
        vm.matchesProperty().addListener((o, a, b) -> matches.setText(String.format(Locale.ROOT, "%,d items", b.longValue())));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                editorModel.edit(vm.current(), b);
            } else {
                editorModel.edit(vm.current(), null);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.collections().addListener((javafx.collections.ListChangeListener<CollectionSummary>) c -> showEmptyOrContent());
        // Open the first item when nothing is selected, so the editor is never an empty grey form.
        vm.rowsProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty() && vm.selectedProperty().get() == null) {
                javafx.application.Platform.runLater(() -> {
                    if (vm.selectedProperty().get() == null && !vm.rows().isEmpty()) {
                        table.getSelectionModel().clearAndSelect(0);
                    }
                });
            }
        });
        busy.setVisible(false);
        busy.setAlignment(Pos.CENTER);
        busy.setMouseTransparent(true);
        busy.getStyleClass().add("studio-busy");
        busyText.getStyleClass().add(Styles.TITLE_4);
        ui.tasks().running().addListener((javafx.collections.ListChangeListener<javafx.concurrent.Task<?>>) ch -> showBusy());
        vm.refreshCollections();
        showEmptyOrContent();
        if (!vm.collections().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        sceneProperty().addListener((o, a, b) -> installShortcuts(b));
    }

    /** Opens the CSV import dialog for the selected collection (pre-filled when {@code file} is given). */
    public void importCsv(Path file) {
        actions.importCsv(file);
    }

    /** Shows the collection and opens Studio → Mint on it (the start-up notice of an interrupted mint). */
    public void openMint(long collectionId) {
        vm.refreshCollections();
        vm.collections().stream().filter(s -> s.collection().id() == collectionId).findFirst().ifPresent(s -> {
            list.getSelectionModel().select(s);
            vm.select(s.collection());
            actions.mint();
        });
    }

    /** For tests: the screen's state. */
    public StudioViewModel viewModel() {
        return vm;
    }

    public ItemEditorModel editorModel() {
        return editorModel;
    }

    private void showEmptyOrContent() {
        Region want = vm.collections().isEmpty() ? empty : content;
        if (getChildren().isEmpty() || getChildren().get(0) != want) {
            getChildren().setAll(want, busy);
        }
    }

    /** While an import, validation or packaging runs, the screen shows that it waits for it. */
    private void showBusy() {
        javafx.concurrent.Task<?> running = ui.tasks().running().stream()
                .filter(t -> t.getTitle() != null && t.getTitle().startsWith(StudioViewModel.TASK_PREFIX)).findFirst().orElse(null);
        boolean on = running != null;
        content.setDisable(on);
        empty.setDisable(on);
        busy.setVisible(on);
        if (on) {
            busyText.textProperty().unbind();
            busyText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> running.getTitle().substring(StudioViewModel.TASK_PREFIX.length()) + "…  " + running.getMessage(),
                    running.messageProperty()));
        }
    }

    private VBox collectionsPane() {
        Label head = new Label("Collections");
        head.getStyleClass().add(Styles.TITLE_4);
        Button add = new Button(null, new FontIcon("mdi2p-plus"));
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        add.setTooltip(new Tooltip("New collection (Ctrl+Shift+N)"));
        add.setId("studio-new-collection");
        add.setOnAction(e -> actions.newCollection());
        Button demo = new Button(null, new FontIcon("mdi2g-gift-outline"));
        demo.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        demo.setTooltip(new Tooltip("Open the demo creator kit"));
        demo.setOnAction(e -> actions.openDemoKit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, head, spacer, demo, add);
        header.setAlignment(Pos.CENTER_LEFT);
        list.setItems(vm.collections());
        list.setId("studio-collections");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CollectionSummary s, boolean isEmpty) {
                super.updateItem(s, isEmpty);
                if (isEmpty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label n = new Label(s.collection().name());
                n.getStyleClass().add(Styles.TEXT_BOLD);
                Label d = new Label(s.collection().standard().label() + " · " + String.format(Locale.ROOT, "%,d items", s.items()));
                d.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                FontIcon icon = new FontIcon(s.items() == 0 ? "mdi2f-folder-outline" : VerdictBadge.icon(s.verdict()));
                icon.getStyleClass().add(s.items() == 0 ? "icon-muted" : "icon-" + s.verdict().id());
                HBox row = new HBox(8, icon, new VBox(2, n, d));
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setText(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.select(b.collection());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, header, list);
        box.setPadding(new Insets(12));
        box.setMinWidth(200);
        return box;
    }

    private VBox itemsPane() {
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("studio-title");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        Button edit = button(null, "mdi2c-cog-outline", "studio-edit-collection", actions::editCollection);
        edit.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        edit.setTooltip(new Tooltip("Collection settings: name, royalties, network, marketplace profile"));
        MenuButton importMenu = new MenuButton("Import", new FontIcon("mdi2t-tray-arrow-down"));
        importMenu.setId("studio-import");
        importMenu.setMinWidth(Region.USE_PREF_SIZE);
        MenuItem csv = new MenuItem("CSV file…  (Ctrl+I)");
        csv.setId("import-csv");
        csv.setOnAction(e -> actions.importCsv(null));
        MenuItem folder = new MenuItem("Folder of assets…");
        folder.setOnAction(e -> actions.importFolder("Choose a folder of images and models"));
        MenuItem meta = new MenuItem("Folder of metadata JSON…");
        meta.setOnAction(e -> actions.importFolder("Choose a folder of ERC-721/1155 metadata files"));
        importMenu.getItems().addAll(csv, folder, meta);
        Button add = button("Add item", "mdi2p-plus", "studio-add-item", actions::addItem);
        Button validate = button("Validate", "mdi2c-check-decagram-outline", "studio-validate", actions::validate);
        Button pack = button("Package…", "mdi2p-package-variant-closed", "studio-package", actions::packageCollection);
        pack.getStyleClass().add(Styles.ACCENT);
        Button mint = button("Mint…", "mdi2h-hammer", "studio-mint", actions::mint);
        mint.setTooltip(new Tooltip("Deploy the contract, mint items, manage minted tokens (Ctrl+M)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox bar = new HBox(6, importMenu, add, validate, pack, mint, spacer2, edit);
        bar.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(0);
        HBox titleRow = new HBox(12, title, spacer, counts);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        VBox header = new VBox(4, titleRow, subtitle, bar);
        VBox.setMargin(bar, new Insets(6, 0, 0, 0));

        ToggleGroup views = new ToggleGroup();
        ToggleButton asTable = new ToggleButton(null, new FontIcon("mdi2t-table"));
        asTable.setTooltip(new Tooltip("Table"));
        asTable.setId("studio-view-table");
        ToggleButton asGrid = new ToggleButton(null, new FontIcon("mdi2v-view-grid-outline"));
        asGrid.setTooltip(new Tooltip("Thumbnails"));
        asGrid.setId("studio-view-grid");
        asTable.setToggleGroup(views);
        asGrid.setToggleGroup(views);
        asTable.getStyleClass().add(Styles.LEFT_PILL);
        asGrid.getStyleClass().add(Styles.RIGHT_PILL);
        asTable.setSelected(true);
        views.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                itemsHost.getChildren().setAll(b == asGrid ? grid() : table);
            }
        });
        matches.getStyleClass().add(Styles.TEXT_MUTED);
        matches.setId("studio-matches");
        matches.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, filterBar.search, filterBar.filters, filterBar.verdict, new HBox(asTable, asGrid), matches);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        itemsHost.getChildren().setAll(table);
        VBox.setVgrow(itemsHost, Priority.ALWAYS);
        VBox box = new VBox(10, header, toolbar, filterBar.chips, itemsHost);
        box.setPadding(new Insets(12, 12, 12, 12));
        return box;
    }

    private ItemGrid grid() {
        if (grid == null) {
            grid = new ItemGrid(vm, thumbnails, it -> vm.selectedProperty().set(it));
        }
        return grid;
    }

    private static Button button(String text, String icon, String id, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            if (isVisible() && vm.current() != null) {
                filterBar.search.requestFocus();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), () -> {
            if (isVisible() && vm.current() != null) {
                actions.importCsv(null);
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
            if (isVisible()) {
                actions.newCollection();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN), () -> {
            if (isVisible() && vm.current() != null) {
                actions.mint();
            }
        });
    }

    private void showCollection(Collection c) {
        if (c == null) {
            return;
        }
        title.setText(c.name());
        String base = c.baseUri().isBlank() ? "not packaged yet" : c.baseUri();
        subtitle.setText(c.standard().label() + (c.symbol().isBlank() ? "" : " · " + c.symbol()) + " · " + c.marketplaceProfile().label()
                + " · " + dev.atelier.chain.NetworkPresets.byId(c.network()).map(n -> n.name()).orElse(c.network()) + " · " + base);
        table.showSupply(c.standard() == Standard.ERC1155);
        filterBar.search.setText("");

        for (CollectionSummary s : list.getItems()) {
            if (s.collection().id() == c.id() && list.getSelectionModel().getSelectedItem() != s) {
                list.getSelectionModel().select(s);
            }
        }
        editorModel.edit(c, null);
    }

    private void showCounts(CollectionSummary s) {
        counts.getChildren().clear();
        if (s == null) {
            return;
        }
        for (Verdict v : Verdict.values()) {
            long n = v == Verdict.READY ? s.ready() : v == Verdict.WARNINGS ? s.warnings() : s.errors();
            VerdictBadge b = new VerdictBadge(v);
            b.setText(String.format(Locale.ROOT, "%,d %s", n, VerdictBadge.text(v).toLowerCase(Locale.ROOT)));
            b.setId("studio-count-" + v.id());
            counts.getChildren().add(b);
        }
    }

    /** Selects an item in the table (clearing filters when they hide it) and opens it in the editor. */
    public void selectItem(long itemId) {
        int i = vm.rows() instanceof LazyItems l ? l.indexOf(itemId) : -1;
        if (i < 0) {
            filterBar.clear();
            i = vm.rows() instanceof LazyItems l ? l.indexOf(itemId) : -1;
        }
        if (i >= 0) {
            table.getSelectionModel().clearAndSelect(i);
            table.scrollTo(Math.max(0, i - 3));
            vm.selectedProperty().set(vm.rows().get(i));
        }
    }

}
