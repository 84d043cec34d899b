package dev.atelier.ui.activity;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.chain.tx.Replacement;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxStatus;
import dev.atelier.ui.UiServices;
import dev.atelier.ui.common.EmptyState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Activity screen: every queued and sent transaction with status, confirmations, explorer links, speed-up and cancel. */
public final class ActivityView extends StackPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ActivityViewModel vm;
    private final UiServices ui;
    private final TableView<ActivityViewModel.Row> table = new TableView<>();
    private ActivityFiles files = ActivityFiles.SYSTEM;
    /** The last request shown as a QR code here: a response read back by QR must answer it. */
    private dev.atelier.signing.file.SigningRequest shownRequest;

    public ActivityView(ActivityViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
        getStyleClass().add("screen");

        EmptyState empty = new EmptyState("mdi2h-history", "Every transaction, tracked",
                "Transactions you sign and send appear here with their confirmations; queued ones survive restarts and are never sent twice.",
                "Broadcast a signed transaction", this::broadcast);
        Button emptyQr = new Button("Show a signing request as QR…", new FontIcon("mdi2q-qrcode"));
        emptyQr.setId("empty-request-qr");
        emptyQr.getStyleClass().add(Styles.FLAT);
        emptyQr.setOnAction(e -> showRequestQr());
        empty.getChildren().add(emptyQr);
        BorderPane content = new BorderPane();
        content.setTop(toolbar());
        content.setCenter(table());
        content.setBottom(actions());
        StackPane transactions = new StackPane();
        Runnable pick = () -> transactions.getChildren().setAll(vm.rows().isEmpty() ? empty : content);
        getChildren().setAll(tabs(transactions));
        vm.rows().addListener((javafx.collections.ListChangeListener<ActivityViewModel.Row>) c -> pick.run());
        vm.load();
        pick.run();

        // while the screen is shown and something is on its way, follow it every 10 s
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(10), e -> {
            if (vm.hasOpenProperty().get() && getScene() != null && getScene().getWindow() != null
                    && getScene().getWindow().isShowing()) {
                vm.refresh();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::refresh);
                poll.play();
            } else {
                poll.stop(); // another screen is shown, or the window closed
            }
        });
        vm.refresh();
    }

    /** Transactions, and Tokens: holders and movements read back from the chain. */
    private javafx.scene.control.TabPane tabs(StackPane transactions) {
        javafx.scene.control.Tab tx = new javafx.scene.control.Tab("Transactions", transactions);
        tx.setId("activity-tab-transactions");
        tx.setGraphic(new FontIcon("mdi2s-swap-vertical"));
        var mint = new dev.atelier.studio.mint.MintService(ui.app().studio().store(), ui.app().networks(), ui.app().txQueue());
        TokensViewModel tokens = new TokensViewModel(ui.app().studio().store(), ui.app().networks(), mint.tokens(),
                ui.app()::selectedNetwork, ui.tasks(), e -> ui.dialogs().showFailure("Tokens", e));
        javafx.scene.control.Tab tk = new javafx.scene.control.Tab("Tokens", new TokensView(tokens, ui));
        tk.setId("activity-tab-tokens");
        tk.setGraphic(new FontIcon("mdi2c-cube-outline"));
        // what was read in Studio → Mint meanwhile shows when the tab is opened
        tk.setOnSelectionChanged(e -> {
            if (tk.isSelected()) {
                tokens.load();
            }
        });
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(tx, tk);
        tabs.setId("activity-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private HBox toolbar() {
        Label title = new Label("Activity");
        title.getStyleClass().add(Styles.TITLE_3);
        Label subtitle = new Label("Transactions are saved before they are sent and followed until they are mined.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("Refresh", new FontIcon("mdi2r-refresh"));
        refresh.setId("activity-refresh");
        refresh.setTooltip(new Tooltip("Send what is queued and check receipts (F5)"));
        refresh.disableProperty().bind(vm.refreshingProperty());
        refresh.setOnAction(e -> vm.refresh());
        Button broadcast = new Button("Broadcast signed…", new FontIcon("mdi2s-send-outline"));
        broadcast.setId("activity-broadcast");
        broadcast.getStyleClass().add(Styles.ACCENT);
        broadcast.setOnAction(e -> broadcast());
        Button requestQr = new Button("Show request as QR…", new FontIcon("mdi2q-qrcode"));
        requestQr.setId("activity-request-qr");
        requestQr.setTooltip(new Tooltip("Show a signing request file as a QR code for the offline Atelier"));
        requestQr.setOnAction(e -> showRequestQr());
        HBox bar = new HBox(10, new VBox(2, title, subtitle), spacer, refresh, requestQr, broadcast);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 14, 0));
        return bar;
    }

    private TableView<ActivityViewModel.Row> table() {
        table.setId("activity-table");
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No transactions yet."));

        TableColumn<ActivityViewModel.Row, TxStatus> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().entry().status()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(120);
        TableColumn<ActivityViewModel.Row, String> what = new TableColumn<>("What");
        what.setCellValueFactory(c -> new SimpleStringProperty(describe(c.getValue().entry())));
        what.setPrefWidth(260);
        TableColumn<ActivityViewModel.Row, String> hash = new TableColumn<>("Hash");
        hash.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().entry().shortHash()));
        hash.setPrefWidth(140);
        TableColumn<ActivityViewModel.Row, String> network = new TableColumn<>("Network");
        network.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().network() == null ? c.getValue().entry().networkId()
                : c.getValue().network().name()));
        network.setPrefWidth(130);
        TableColumn<ActivityViewModel.Row, String> nonce = new TableColumn<>("Nonce");
        nonce.setCellValueFactory(c -> new SimpleStringProperty(Long.toString(c.getValue().entry().nonce())));
        nonce.setPrefWidth(60);
        TableColumn<ActivityViewModel.Row, String> conf = new TableColumn<>("Confirmations");
        conf.setCellValueFactory(c -> new SimpleStringProperty(confirmations(c.getValue())));
        conf.setPrefWidth(110);
        TableColumn<ActivityViewModel.Row, String> when = new TableColumn<>("Queued");
        when.setCellValueFactory(c -> new SimpleStringProperty(TIME.format(c.getValue().entry().createdAt())));
        when.setPrefWidth(130);
        table.getColumns().addAll(status, what, hash, network, nonce, conf, when);

        MenuItem copy = new MenuItem("Copy hash", new FontIcon("mdi2c-content-copy"));
        copy.setOnAction(e -> selected().ifPresent(r -> {
            ui.clipboard().copy(r.entry().hash());
            ui.dialogs().notify("Hash copied.");
        }));
        MenuItem open = new MenuItem("Open in explorer", new FontIcon("mdi2o-open-in-new"));
        open.setOnAction(e -> openExplorer());
        table.setContextMenu(new ContextMenu(copy, open));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<ActivityViewModel.Row>();
            row.itemProperty().addListener((o, a, b) -> row.setTooltip(b == null || b.entry().lastError() == null ? null
                    : new Tooltip(b.entry().lastError())));
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private HBox actions() {
        Button open = new Button("Open in explorer", new FontIcon("mdi2o-open-in-new"));
        open.setId("activity-explorer");
        open.setOnAction(e -> openExplorer());
        Button speedUp = new Button("Speed up…", new FontIcon("mdi2r-rocket-launch-outline"));
        speedUp.setId("activity-speed-up");
        speedUp.setOnAction(e -> replace(false));
        Button cancel = new Button("Cancel…", new FontIcon("mdi2c-cancel"));
        cancel.setId("activity-cancel");
        cancel.setOnAction(e -> replace(true));
        Label detail = new Label();
        detail.setId("activity-detail");
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        Runnable update = () -> {
            var r = selected();
            boolean open1 = r.map(x -> !x.entry().status().isFinal()).orElse(false);
            open.setDisable(r.map(x -> x.explorerUrl().isEmpty()).orElse(true));
            speedUp.setDisable(!open1);
            cancel.setDisable(!open1);
            detail.setText(r.map(x -> detail(x.entry())).orElse("Select a transaction to see its details."));
        };
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> update.run());
        update.run();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, detail, spacer, open, speedUp, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private java.util.Optional<ActivityViewModel.Row> selected() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void openExplorer() {
        selected().filter(r -> !r.explorerUrl().isEmpty()).ifPresent(r -> ui.openLink().accept(r.explorerUrl()));
    }

    /** Replaces the air-gap file dialogs (tests answer them without an OS dialog). */
    public void setFiles(ActivityFiles files) {
        this.files = files;
    }

    private void showRequestQr() {
        files.openRequest(ui.dialogs().owner()).ifPresent(file -> {
            dev.atelier.signing.file.SigningRequest request;
            try {
                request = dev.atelier.signing.file.SigningRequest.parse(dev.atelier.signing.file.SigningFiles.read(file));
            } catch (RuntimeException e) {
                ui.dialogs().showFailure("Show request as QR", e);
                return;
            }
            shownRequest = request; // a response read by QR must answer it
            ui.dialogs().show(new RequestQrDialog(request, file.getFileName().toString(), files, ui.dialogs(), ui.dialogs().owner()));
        });
    }

    private void broadcast() {
        ui.dialogs().show(new BroadcastDialog(vm.selectedNetwork(), ui.dialogs().owner(), files, ui.tasks(), shownRequest)).ifPresent(input ->
                vm.broadcast(input.text(), input.source(), queued -> ui.dialogs().notifySuccess(queued.size() == 1
                        ? "Queued " + queued.get(0).shortHash() + "; it is being broadcast."
                        : "Queued " + queued.size() + " transactions; they are being broadcast.")));
    }

    private void replace(boolean cancel) {
        selected().ifPresent(r -> vm.planReplacement(r.entry(), cancel, plan -> showPlan(plan)));
    }

    private void showPlan(Replacement plan) {
        String json;
        try {
            json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(plan.toSignRequest());
        } catch (Exception e) {
            ui.dialogs().showFailure("Replacement", e);
            return;
        }
        ui.dialogs().show(new ReplacementDialog(plan, json, ui));
    }

    static String describe(TxEntry e) {
        String label = e.label() == null || e.label().isBlank() ? "" : e.label() + " · ";
        if (e.to() == null) {
            return label + "contract deployment";
        }
        return label + (e.value().signum() > 0 ? ether(e.value()) + " to " : "call to ") + shortAddress(e.to());
    }

    static String detail(TxEntry e) {
        StringBuilder sb = new StringBuilder(e.status().label()).append(" · from ").append(shortAddress(e.from()))
                .append(" · nonce ").append(e.nonce());
        if (e.blockNumber() != null) {
            sb.append(" · block ").append(e.blockNumber());
        }
        if (e.gasUsed() != null && e.effectiveGasPrice() != null) {
            sb.append(" · fee ").append(ether(e.gasUsed().multiply(e.effectiveGasPrice())));
        }
        if (e.contractAddress() != null) {
            sb.append(" · contract ").append(e.contractAddress());
        }
        if (e.lastError() != null) {
            sb.append(" · ").append(e.lastError());
        }
        return sb.toString();
    }

    private static String confirmations(ActivityViewModel.Row r) {
        if (r.entry().blockNumber() == null) {
            return r.entry().status().isFinal() ? "—" : "waiting";
        }
        return r.confirmations() == null ? "block " + r.entry().blockNumber() : Long.toString(r.confirmations());
    }

    static String ether(BigInteger wei) {
        return new BigDecimal(wei).movePointLeft(18).stripTrailingZeros().toPlainString() + " ETH";
    }

    private static String shortAddress(String a) {
        return a.length() > 12 ? a.substring(0, 6) + "…" + a.substring(a.length() - 4) : a;
    }

    private static final class StatusCell extends TableCell<ActivityViewModel.Row, TxStatus> {
        @Override
        protected void updateItem(TxStatus s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label chip = new Label(s.label(), new FontIcon(switch (s) {
                case QUEUED -> "mdi2t-tray-full";
                case PENDING -> "mdi2c-clock-outline";
                case MINED -> "mdi2c-check-circle-outline";
                case REVERTED -> "mdi2a-alert-circle-outline";
                case REPLACED -> "mdi2s-swap-horizontal";
                case DROPPED -> "mdi2c-close-circle-outline";
            }));
            chip.getStyleClass().addAll("tag", switch (s) {
                case MINED -> Styles.SUCCESS;
                case REVERTED, DROPPED -> Styles.DANGER;
                case QUEUED, PENDING -> Styles.WARNING;
                case REPLACED -> Styles.ACCENT;
            });
            setText(null);
            setGraphic(chip);
        }
    }
}
