package dev.atelier.ui.activity;

import atlantafx.base.theme.Styles;
import dev.atelier.studio.Standard;
import dev.atelier.ui.UiServices;
import dev.atelier.ui.common.EmptyState;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Activity → Tokens: the holders and movements of every minted collection's tokens as read back
 * from the chain, with explorer links and "Refresh from chain" (through the task runner).
 */
final class TokensView extends StackPane {
    private final TokensViewModel vm;
    private final UiServices ui;
    private final TableView<TokensViewModel.Holding> holders = new TableView<>();
    private final TableView<TokensViewModel.Movement> moves = new TableView<>();

    TokensView(TokensViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
        EmptyState empty = new EmptyState("mdi2c-cube-scan", "Tokens on chain",
                "Owners and balances of minted tokens appear here, read from the contracts' Transfer logs. Mint a collection in "
                        + "Studio → Mint, then read it from the chain.", "Refresh from chain", vm::refreshFromChain);
        empty.action().setId("tokens-empty-action");
        empty.action().disableProperty().bind(vm.readingProperty());
        Label emptyStatus = status();
        emptyStatus.setId("tokens-empty-status");
        empty.getChildren().add(emptyStatus);

        BorderPane content = new BorderPane();
        content.setTop(toolbar());
        SplitPane split = new SplitPane(section("Holders", holdersTable()), section("Movements", movesTable()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        content.setCenter(split);
        content.setPadding(new Insets(12, 0, 0, 0));
        Runnable pick = () -> getChildren().setAll(vm.holdings().isEmpty() && vm.movements().isEmpty() ? empty : content);
        vm.holdings().addListener((javafx.collections.ListChangeListener<TokensViewModel.Holding>) c -> pick.run());
        vm.movements().addListener((javafx.collections.ListChangeListener<TokensViewModel.Movement>) c -> pick.run());
        vm.load();
        pick.run();
    }

    private Label status() {
        Label l = new Label();
        l.textProperty().bind(vm.statusProperty());
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }

    private VBox toolbar() {
        Label title = new Label("Tokens on chain");
        title.getStyleClass().add(Styles.TITLE_4);
        Label subtitle = new Label("Holders and movements of your collections' tokens, read from their Transfer logs.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Open in explorer", new FontIcon("mdi2o-open-in-new"));
        open.setId("tokens-explorer");
        open.setOnAction(e -> openExplorer());
        Runnable canOpen = () -> open.setDisable(selectedUrl().isEmpty());
        holders.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> canOpen.run());
        moves.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> canOpen.run());
        holders.focusedProperty().addListener((o, a, b) -> canOpen.run());
        moves.focusedProperty().addListener((o, a, b) -> canOpen.run());
        canOpen.run();
        Button refresh = new Button("Refresh from chain", new FontIcon("mdi2r-refresh"));
        refresh.setId("tokens-refresh");
        refresh.getStyleClass().add(Styles.ACCENT);
        refresh.setTooltip(new Tooltip("Read every deployed collection's new Transfer logs (only blocks not read before)"));
        refresh.disableProperty().bind(vm.readingProperty());
        refresh.setOnAction(e -> vm.refreshFromChain());
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(120);
        bar.visibleProperty().bind(vm.readingProperty());
        bar.managedProperty().bind(vm.readingProperty());
        HBox row = new HBox(10, new VBox(2, title, subtitle), spacer, bar, open, refresh);
        row.setAlignment(Pos.CENTER_LEFT);
        Label status = status();
        status.setId("tokens-status");
        VBox box = new VBox(6, row, status);
        box.setPadding(new Insets(0, 0, 10, 0));
        return box;
    }

    private static VBox section(String title, TableView<?> table) {
        Label l = new Label(title);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, l, table);
        box.setPadding(new Insets(6, 0, 6, 0));
        return box;
    }

    private TableView<TokensViewModel.Holding> holdersTable() {
        holders.setId("tokens-holdings");
        holders.setItems(vm.holdings());
        holders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        holders.setPlaceholder(new Label("Nobody holds a token read so far (all burned?)."));
        holders.getColumns().addAll(
                column("Collection", 150, h -> h.collection().name()),
                column("Token", 90, h -> "#" + h.row().token().decimal()),
                column("Owner", 330, h -> h.row().holder().toChecksumHex()),
                column("Balance", 80, h -> h.collection().standard() == Standard.ERC1155 ? h.row().amount().toString() : "1"),
                column("Block", 80, h -> h.row().block() == null ? "—" : Long.toString(h.row().block())),
                link(column("Transaction", 160, h -> h.row().txHash() == null ? "—" : shortHash(h.row().txHash())),
                        TokensViewModel.Holding::explorerUrl));
        holders.setContextMenu(menu());
        holders.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openExplorer();
            }
        });
        return holders;
    }

    private TableView<TokensViewModel.Movement> movesTable() {
        moves.setId("tokens-movements");
        moves.setItems(vm.movements());
        moves.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        moves.setPlaceholder(new Label("No movements read yet."));
        moves.getColumns().addAll(
                column("Block", 80, m -> Long.toString(m.move().block())),
                column("Collection", 150, m -> m.collection().name()),
                column("Token", 90, m -> "#" + m.move().token().decimal()),
                column("What", 80, TokensViewModel.Movement::kind),
                column("From", 130, m -> shortAddress(m.move().from().toChecksumHex())),
                column("To", 130, m -> shortAddress(m.move().to().toChecksumHex())),
                column("Amount", 70, m -> m.move().amount().toString()),
                link(column("Transaction", 160, m -> shortHash(m.move().txHash())), TokensViewModel.Movement::explorerUrl));
        moves.setContextMenu(menu());
        moves.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openExplorer();
            }
        });
        return moves;
    }

    private ContextMenu menu() {
        MenuItem copy = new MenuItem("Copy transaction hash", new FontIcon("mdi2c-content-copy"));
        copy.setOnAction(e -> selectedHash().ifPresent(h -> {
            ui.clipboard().copy(h);
            ui.dialogs().notify("Hash copied.");
        }));
        MenuItem open = new MenuItem("Open in explorer", new FontIcon("mdi2o-open-in-new"));
        open.setOnAction(e -> openExplorer());
        return new ContextMenu(copy, open);
    }

    private static <R> TableColumn<R, String> column(String title, double width, java.util.function.Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new SimpleStringProperty(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Shows the column's hash as a link to the explorer when the network has one. */
    private <R> TableColumn<R, String> link(TableColumn<R, String> c, java.util.function.Function<R, String> url) {
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                R row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                String u = row == null ? "" : url.apply(row);
                if (empty || text == null) {
                    setText(null);
                    setGraphic(null);
                } else if (u.isEmpty()) {
                    setText(text);
                    setGraphic(null);
                } else {
                    javafx.scene.control.Hyperlink l = new javafx.scene.control.Hyperlink(text);
                    l.setTooltip(new Tooltip(u));
                    l.setOnAction(e -> ui.openLink().accept(u));
                    l.setPadding(Insets.EMPTY);
                    setText(null);
                    setGraphic(l);
                }
            }
        });
        return c;
    }

    /** The row the user acted on last: the focused table's selection, else whichever table has one. */
    private java.util.Optional<Object> selectedRow() {
        var h = holders.getSelectionModel().getSelectedItem();
        var m = moves.getSelectionModel().getSelectedItem();
        if (moves.isFocused() && m != null || h == null) {
            return java.util.Optional.ofNullable(m);
        }
        return java.util.Optional.of(h);
    }

    private String selectedUrl() {
        return selectedRow().map(r -> r instanceof TokensViewModel.Holding h ? h.explorerUrl()
                : ((TokensViewModel.Movement) r).explorerUrl()).orElse("");
    }

    private java.util.Optional<String> selectedHash() {
        return selectedRow().map(r -> r instanceof TokensViewModel.Holding h ? h.row().txHash()
                : ((TokensViewModel.Movement) r).move().txHash());
    }

    private void openExplorer() {
        String url = selectedUrl();
        if (!url.isEmpty()) {
            ui.openLink().accept(url);
        }
    }

    private static String shortHash(String h) {
        return h.length() > 14 ? h.substring(0, 10) + "…" + h.substring(h.length() - 4) : h;
    }

    private static String shortAddress(String a) {
        return a.length() > 12 ? a.substring(0, 6) + "…" + a.substring(a.length() - 4) : a;
    }
}
