package dev.atelier.ui.networks;

import atlantafx.base.theme.Styles;
import dev.atelier.chain.Network;
import dev.atelier.chain.sandbox.SandboxAccount;
import dev.atelier.chain.sandbox.SandboxStatus;
import dev.atelier.ui.UiServices;
import dev.atelier.ui.common.EmptyState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.SimpleStringProperty;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Networks screen: presets and custom RPCs (select, test, add, remove) and the local sandbox chain. */
public final class NetworksView extends BorderPane {
    private final NetworksViewModel vm;
    private final UiServices ui;

    public NetworksView(NetworksViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
        getStyleClass().addAll("screen", "networks-screen");

        Label title = new Label("Networks");
        title.getStyleClass().add(Styles.TITLE_3);
        Label subtitle = new Label("Where your contracts and tokens live. The selected network is shown in the header.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        Button add = new Button("Add network…", new FontIcon("mdi2p-plus"));
        add.setId("add-network");
        add.setTooltip(new Tooltip("Add a custom RPC endpoint (Ctrl+N)"));
        add.setOnAction(e -> addNetwork());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, new VBox(2, title, subtitle), spacer, add);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 14, 0));
        setTop(top);

        ListView<Network> list = new ListView<>(vm.networks());
        list.setId("networks-list");
        list.setPrefWidth(330);
        list.setMinWidth(260);
        list.setCellFactory(l -> new NetworkCell());
        list.getSelectionModel().select(vm.viewedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.viewedProperty().set(b);
            }
        });
        vm.viewedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        vm.selectedProperty().addListener((o, a, b) -> list.refresh());
        setLeft(list);
        BorderPane.setMargin(list, new Insets(0, 16, 0, 0));

        VBox right = new VBox(16, detailCard(), sandboxCard());
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);

        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (isVisible() && getParent() != null) {
                        addNetwork();
                    }
                });
            }
        });
        vm.refreshSandbox();
    }

    private Node detailCard() {
        Label name = new Label();
        name.setId("network-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(vm.viewedProperty().map(Network::name).orElse(""));
        Label inUse = tag("In use", Styles.SUCCESS);
        inUse.visibleProperty().bind(Bindings.createBooleanBinding(() -> same(vm.viewedProperty().get(), vm.selectedProperty().get()),
                vm.viewedProperty(), vm.selectedProperty()));
        inUse.managedProperty().bind(inUse.visibleProperty());
        HBox heading = new HBox(10, name, inUse);
        heading.setAlignment(Pos.CENTER_LEFT);

        GridPane facts = new GridPane();
        facts.setHgap(18);
        facts.setVgap(6);
        Label chain = value("network-chain-id");
        Label currency = value("network-currency");
        Label rpc = value("network-rpc");
        Hyperlink explorer = new Hyperlink();
        explorer.setId("network-explorer");
        explorer.setOnAction(e -> ui.openLink().accept(explorer.getText()));
        Runnable fill = () -> {
            Network n = vm.viewedProperty().get();
            chain.setText(n == null ? "" : Long.toString(n.chainId()) + (n.testnet() ? "  · test network" : ""));
            currency.setText(n == null ? "" : n.currency());
            rpc.setText(vm.rpcShown(n));
            boolean none = n == null || n.explorerUrl().isBlank();
            explorer.setText(none ? "none" : n.explorerUrl());
            explorer.setDisable(none);
        };
        vm.viewedProperty().addListener((o, a, b) -> fill.run());
        vm.sandboxProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        facts.addRow(0, key("Chain id"), chain);
        facts.addRow(1, key("Currency"), currency);
        facts.addRow(2, key("RPC endpoint"), rpc);
        facts.addRow(3, key("Explorer"), explorer);

        Button use = new Button("Use this network", new FontIcon("mdi2c-check"));
        use.setId("use-network");
        use.getStyleClass().add(Styles.ACCENT);
        use.disableProperty().bind(inUse.visibleProperty());
        use.setOnAction(e -> {
            vm.use(vm.viewedProperty().get());
            ui.dialogs().notifySuccess(vm.viewedProperty().get().name() + " is now the selected network.");
        });
        Button test = new Button("Test connection", new FontIcon("mdi2l-lan-pending"));
        test.setId("test-connection");
        test.disableProperty().bind(vm.testingProperty());
        test.setOnAction(e -> vm.test(vm.viewedProperty().get()));
        Button remove = new Button("Remove", new FontIcon("mdi2d-delete-outline"));
        remove.setId("remove-network");
        remove.getStyleClass().add(Styles.DANGER);
        remove.visibleProperty().bind(vm.viewedProperty().map(vm::isCustom).orElse(false));
        remove.managedProperty().bind(remove.visibleProperty());
        remove.setOnAction(e -> {
            Network n = vm.viewedProperty().get();
            if (ui.dialogs().confirm("Remove " + n.name() + "?", "The network is removed from Atelier. Transactions already "
                    + "sent on it stay in Activity.", "Remove")) {
                vm.remove(n);
            }
        });
        HBox actions = new HBox(8, use, test, remove);

        Label result = new Label();
        result.setId("test-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.testResultProperty());
        result.graphicProperty().bind(Bindings.createObjectBinding(() -> vm.testResultProperty().get().isEmpty() || vm.testingProperty().get()
                ? null : new FontIcon(vm.testOkProperty().get() ? "mdi2c-check-circle-outline" : "mdi2a-alert-circle-outline"),
                vm.testResultProperty(), vm.testingProperty(), vm.testOkProperty()));
        vm.testOkProperty().addListener((o, a, ok) -> styleResult(result, ok));
        vm.testResultProperty().addListener((o, a, b) -> styleResult(result, vm.testOkProperty().get()));

        VBox card = new VBox(12, heading, facts, actions, result);
        card.getStyleClass().add("chain-card");
        return card;
    }

    private void styleResult(Label l, boolean ok) {
        l.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (!vm.testResultProperty().get().isEmpty() && !vm.testingProperty().get()) {
            l.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        }
    }

    private Node sandboxCard() {
        FontIcon icon = new FontIcon("mdi2f-flask-outline");
        icon.getStyleClass().add("card-icon");
        Label title = new Label("Local sandbox");
        title.getStyleClass().add(Styles.TITLE_4);
        Label status = new Label();
        status.setId("sandbox-status");
        status.textProperty().bind(vm.sandboxProperty().map(s -> s.running()
                ? "Running on " + s.rpcUrl() + " · chain " + SandboxStatus.CHAIN_ID : "Stopped"));
        status.getStyleClass().add("status-chip");
        vm.sandboxProperty().addListener((o, a, s) -> {
            status.getStyleClass().removeAll(Styles.SUCCESS);
            if (s.running()) {
                status.getStyleClass().add(Styles.SUCCESS);
            }
        });
        Button start = new Button("Start", new FontIcon("mdi2p-play"));
        start.setId("sandbox-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> vm.startSandbox());
        start.disableProperty().bind(vm.sandboxBusyProperty().or(Bindings.createBooleanBinding(() -> vm.sandboxProperty().get().running(),
                vm.sandboxProperty())));
        Button stop = new Button("Stop", new FontIcon("mdi2s-stop"));
        stop.setId("sandbox-stop");
        stop.setOnAction(e -> vm.stopSandbox());
        stop.disableProperty().bind(vm.sandboxBusyProperty().or(Bindings.createBooleanBinding(() -> !vm.sandboxProperty().get().running(),
                vm.sandboxProperty())));
        Button reset = new Button("Reset", new FontIcon("mdi2r-restore"));
        reset.setId("sandbox-reset");
        reset.setTooltip(new Tooltip("Start over with an empty chain: every contract and balance on the sandbox is forgotten"));
        reset.disableProperty().bind(stop.disableProperty());
        reset.setOnAction(e -> {
            if (ui.dialogs().confirm("Reset the sandbox?", "The local chain starts over: contracts deployed and tokens minted on it "
                    + "are forgotten. Other networks are not touched.", "Reset")) {
                vm.resetSandbox();
            }
        });
        for (Button b : new Button[] {start, stop, reset}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(10, icon, title, status);
        head.setAlignment(Pos.CENTER_LEFT);
        Button toVault = new Button("Add accounts to vault", new FontIcon("mdi2s-shield-key-outline"));
        toVault.setId("sandbox-add-to-vault");
        toVault.setMinWidth(Region.USE_PREF_SIZE);
        toVault.setTooltip(new Tooltip("Lets the development accounts sign deploys and mints on the sandbox; the vault marks them Sandbox"));
        toVault.disableProperty().bind(stop.disableProperty());
        toVault.setOnAction(e -> vm.addAccountsToVault(n -> ui.dialogs().notifySuccess(n == 0
                ? "The sandbox accounts are already in the vault."
                : "Added " + n + " sandbox accounts to the vault (marked Sandbox).")));
        HBox buttons = new HBox(8, start, stop, reset, toVault);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label about = new Label("A private chain on this computer for trying deploys and mints in seconds: no wallet funds, "
                + "no internet. Its state is kept when you stop it; Reset starts over.");
        about.setWrapText(true);
        about.getStyleClass().add(Styles.TEXT_MUTED);

        StackPane body = new StackPane();
        Node accounts = accountsTable();
        EmptyState stopped = new EmptyState("mdi2f-flask-empty-outline", "The sandbox is stopped",
                "Start it to get a local chain (id 31337) with ten funded development accounts for testing deploys and mints.",
                "Start the local sandbox", vm::startSandbox);
        stopped.getStyleClass().add("compact");
        Node missing = anvilMissing();
        Runnable pick = () -> body.getChildren().setAll(vm.sandboxProperty().get().running() ? accounts
                : vm.anvilFoundProperty().get() ? stopped : missing);
        vm.sandboxProperty().addListener((o, a, b) -> pick.run());
        vm.anvilFoundProperty().addListener((o, a, b) -> pick.run());
        pick.run();

        VBox card = new VBox(12, head, about, buttons, body);
        card.setId("sandbox-card");
        card.getStyleClass().add("chain-card");
        return card;
    }

    private Node accountsTable() {
        Label warning = new Label(SandboxAccount.WARNING + ". Anyone can spend from these accounts on any chain.",
                new FontIcon("mdi2a-alert-outline"));
        warning.setWrapText(true);
        warning.getStyleClass().addAll(Styles.WARNING, "sandbox-warning");
        TableView<NetworksViewModel.AccountRow> table = new TableView<>(vm.accounts());
        table.setId("sandbox-accounts");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(300);
        TableColumn<NetworksViewModel.AccountRow, String> idx = new TableColumn<>("#");
        idx.setCellValueFactory(c -> new SimpleStringProperty("sandbox " + c.getValue().account().index()));
        idx.setPrefWidth(90);
        TableColumn<NetworksViewModel.AccountRow, String> addr = new TableColumn<>("Address");
        addr.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().account().address().toChecksumHex()));
        addr.setPrefWidth(380);
        TableColumn<NetworksViewModel.AccountRow, String> bal = new TableColumn<>("Balance");
        bal.setCellValueFactory(c -> new SimpleStringProperty(ether(c.getValue().balanceWei())));
        table.getColumns().addAll(idx, addr, bal);
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy address", new FontIcon("mdi2c-content-copy"));
        copy.setOnAction(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                ui.clipboard().copy(row.account().address().toChecksumHex());
                ui.dialogs().notify("Address copied.");
            }
        });
        table.setContextMenu(new javafx.scene.control.ContextMenu(copy));
        return new VBox(8, warning, table);
    }

    private Node anvilMissing() {
        FontIcon icon = new FontIcon("mdi2d-download-outline");
        icon.getStyleClass().add("empty-state-icon");
        Label head = new Label("How to get anvil");
        head.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(vm.installHint());
        hint.setId("anvil-hint");
        hint.setWrapText(true);
        Button copy = new Button("Copy the npm command", new FontIcon("mdi2c-content-copy"));
        copy.setOnAction(e -> {
            String h = vm.installHint();
            int a = h.indexOf('`');
            int b = h.indexOf('`', a + 1);
            ui.clipboard().copy(a >= 0 && b > a ? h.substring(a + 1, b) : h);
            ui.dialogs().notify("Command copied.");
        });
        Button retry = new Button("Look again", new FontIcon("mdi2r-refresh"));
        retry.setOnAction(e -> vm.refreshSandbox());
        Button choose = new Button("Choose anvil…", new FontIcon("mdi2f-folder-search-outline"));
        choose.setId("choose-anvil");
        choose.setOnAction(e -> {
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.setTitle("Where is anvil?");
            java.io.File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                vm.chooseAnvil(f.getAbsolutePath());
            }
        });
        VBox box = new VBox(10, icon, head, hint, new HBox(8, copy, choose, retry));
        box.setId("anvil-missing");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void addNetwork() {
        ui.dialogs().show(new AddNetworkDialog()).ifPresent(spec -> vm.add(spec,
                n -> ui.dialogs().notifySuccess("Added " + n.name() + " (chain " + n.chainId() + ").")));
    }

    static String ether(BigInteger wei) {
        if (wei == null) {
            return "—";
        }
        return new BigDecimal(wei).movePointLeft(18).setScale(4, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " ETH";
    }

    private static boolean same(Network a, Network b) {
        return a != null && b != null && a.id().equals(b.id());
    }

    private static Label tag(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("tag", style);
        return l;
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private final class NetworkCell extends ListCell<Network> {
        @Override
        protected void updateItem(Network n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(n.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label sub = new Label("chain " + n.chainId() + " · " + n.currency());
            sub.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            VBox text = new VBox(1, name, sub);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, new FontIcon(n.isSandbox() ? "mdi2f-flask-outline" : n.testnet() ? "mdi2t-test-tube" : "mdi2e-earth"),
                    text, spacer);
            row.setAlignment(Pos.CENTER_LEFT);
            if (vm.isCustom(n)) {
                row.getChildren().add(tag("Custom", Styles.ACCENT));
            }
            if (same(n, vm.selectedProperty().get())) {
                FontIcon check = new FontIcon("mdi2c-check-circle");
                check.getStyleClass().add(Styles.SUCCESS);
                row.getChildren().add(check);
            }
            setText(null);
            setGraphic(row);
        }
    }
}
