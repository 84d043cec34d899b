package dev.atelier.ui.mint;

import atlantafx.base.theme.Styles;
import dev.atelier.chain.Network;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.Standard;
import dev.atelier.studio.mint.HoldingsStore;
import dev.atelier.studio.mint.MintPlan;
import dev.atelier.ui.UiServices;
import dev.atelier.vault.Account;
import dev.atelier.vault.AccountKind;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Studio → Mint: deploy the collection's contract if needed, mint the selected item or every item
 * not minted yet to an address (progress bar; Pause stops between batches and Mint resumes the same
 * plan), and manage minted tokens: read owners and balances back from the chain, transfer, burn,
 * update metadata, set the royalty.
 */
public final class MintDialog extends Dialog<Void> {
    private final MintViewModel vm;
    private final UiServices ui;

    public MintDialog(MintViewModel vm, UiServices ui, Supplier<Item> selected, Supplier<List<Item>> all) {
        this.vm = vm;
        this.ui = ui;
        Collection c = vm.collectionProperty().get();
        setTitle("Mint " + c.name());
        setHeaderText("Mint and manage " + c.name() + " (" + c.standard().label() + ")");

        ComboBox<Network> network = new ComboBox<>();
        network.setId("mint-network");
        network.getItems().setAll(vm.networks());
        network.setValue(vm.defaultNetwork());
        network.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Network n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.label() + (n.testnet() ? " · testnet" : ""));
            }
        });
        network.setButtonCell(network.getCellFactory().call(null));
        ComboBox<Account> from = new ComboBox<>();
        from.setId("mint-from");
        from.getItems().setAll(vm.accounts());
        from.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Account a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : (a.kind() == AccountKind.SANDBOX ? "[sandbox] " : "") + a.label() + "  " + a.address());
            }
        });
        from.setButtonCell(from.getCellFactory().call(null));
        if (!from.getItems().isEmpty()) {
            from.setValue(from.getItems().get(0));
        }
        Label contract = new Label();
        contract.setId("mint-contract");
        contract.textProperty().bind(vm.collectionProperty().map(x -> x.contractAddress().isBlank()
                ? "Not deployed yet: deploy the contract first (the account you choose will own it)."
                : "Contract " + x.contractAddress()));
        contract.setWrapText(true);
        Label locked = new Label("Unlock the vault on the Wallet screen to choose an account.");
        locked.getStyleClass().add(Styles.WARNING);
        locked.setVisible(!vm.vaultUnlocked());
        locked.setManaged(!vm.vaultUnlocked());

        GridPane where = grid();
        where.addRow(0, new Label("Network"), network);
        where.addRow(1, new Label("Account"), from);
        BooleanBinding deployed = Bindings.createBooleanBinding(() -> !vm.collectionProperty().get().contractAddress().isBlank(),
                vm.collectionProperty());

        Tab mintTab = new Tab("Mint", mintPane(network, from, selected, all, deployed));
        mintTab.setId("mint-tab");
        Tab manageTab = new Tab("Manage tokens", managePane(network, from, selected));
        manageTab.setId("manage-tab");
        manageTab.disableProperty().bind(deployed.not());
        TabPane tabs = new TabPane(mintTab, manageTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("mint-tabs");

        ProgressBar bar = new ProgressBar(0);
        bar.setId("mint-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty().or(vm.progressProperty().greaterThan(0)));
        Label status = new Label();
        status.setId("mint-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        getDialogPane().setContent(new VBox(10, contract, where, locked, tabs, bar, status));
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps instead of ending in "…"
        getDialogPane().setPrefWidth(720);
        // the theme caps dialogs at 600 px (-fx-max-width), which cut the account and the holders' addresses
        getDialogPane().setStyle("-fx-max-width: 720px;");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    private VBox mintPane(ComboBox<Network> network, ComboBox<Account> from, Supplier<Item> selected, Supplier<List<Item>> all,
                         BooleanBinding deployed) {
        TextField to = new TextField();
        to.setId("mint-to");
        to.setPromptText("0x… who receives the tokens");
        to.setPrefColumnCount(36);
        from.valueProperty().addListener((o, a, b) -> {
            if (b != null && to.getText().isBlank()) {
                to.setText(b.address().toChecksumHex());
            }
        });
        if (from.getValue() != null) {
            to.setText(from.getValue().address().toChecksumHex());
        }
        Label resume = new Label();
        resume.setId("mint-resume");
        resume.setWrapText(true);
        resume.getStyleClass().add(Styles.WARNING);
        Runnable showInterrupted = () -> {
            var plan = vm.interruptedPlan();
            resume.setVisible(plan.isPresent());
            resume.setManaged(plan.isPresent());
            plan.ifPresent(p -> {
                MintPlan.Progress pr = vm.progress(p);
                resume.setText("An interrupted mint is waiting: " + pr.confirmed() + " of " + pr.total() + " item(s) to "
                        + p.recipient().toChecksumHex() + " confirmed. Press Mint to finish it; nothing is minted twice.");
                if (!vm.runningProperty().get()) {
                    network.getItems().stream().filter(n -> n.id().equals(p.networkId())).findFirst().ifPresent(network::setValue);
                    from.getItems().stream().filter(a -> a.address().equals(p.sender())).findFirst().ifPresent(from::setValue);
                    to.setText(p.recipient().toChecksumHex());
                }
            });
        };
        showInterrupted.run();
        vm.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                showInterrupted.run();
            }
        });
        ToggleGroup scope = new ToggleGroup();
        RadioButton one = new RadioButton("The selected item" + (selected.get() == null ? "" : " (#" + selected.get().tokenId() + ")"));
        one.setId("mint-one");
        one.setToggleGroup(scope);
        one.setDisable(selected.get() == null);
        RadioButton every = new RadioButton("Every item not minted yet");
        every.setId("mint-all");
        every.setToggleGroup(scope);
        every.setSelected(true);

        GridPane form = grid();
        form.addRow(0, new Label("To"), to);
        form.addRow(1, new Label("Items"), new VBox(4, one, every));
        GridPane.setHgrow(to, Priority.ALWAYS);

        Button deploy = new Button("Deploy contract", new FontIcon("mdi2r-rocket-launch-outline"));
        deploy.setId("mint-deploy");
        deploy.disableProperty().bind(vm.runningProperty().or(deployed));
        deploy.setOnAction(e -> act(() -> vm.deploy(network.getValue(), account(from))));
        Button mint = new Button("Mint", new FontIcon("mdi2h-hammer"));
        mint.setId("mint-start");
        mint.getStyleClass().add(Styles.ACCENT);
        mint.disableProperty().bind(vm.runningProperty().or(deployed.not()));
        mint.setOnAction(e -> act(() -> vm.mint(network.getValue(), account(from), Address.parse(to.getText().strip()),
                one.isSelected() ? List.of(selected.get()) : all.get())));
        Button pause = new Button("Pause", new FontIcon("mdi2p-pause"));
        pause.setId("mint-pause");
        pause.setTooltip(new Tooltip("Stop after the current batch; Mint again resumes the same plan, nothing is minted twice"));
        pause.disableProperty().bind(vm.runningProperty().not());
        pause.setOnAction(e -> vm.pause());
        Button export = new Button("Export signing request…", new FontIcon("mdi2f-file-export-outline"));
        export.setId("mint-export");
        export.setTooltip(new Tooltip("For an offline (air-gapped) owner account: write the mint as a signing request to sign there"));
        export.disableProperty().bind(vm.runningProperty().or(deployed.not()));
        export.setOnAction(e -> act(() -> exportRequest(network.getValue(), to.getText().strip(),
                one.isSelected() ? List.of(selected.get()) : all.get())));
        Label offline = new Label();
        offline.setId("mint-awaiting");
        offline.setWrapText(true);
        offline.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable showAwaiting = () -> {
            int waiting = vm.awaitingResponse();
            offline.setVisible(waiting > 0);
            offline.setManaged(waiting > 0);
            offline.setText(waiting + " item(s) were exported for an offline signer and wait for the signed response: "
                    + "open it on Activity → Broadcast signed….");
        };
        showAwaiting.run();
        vm.revisionProperty().addListener((o, a, b) -> showAwaiting.run());
        for (Button b : List.of(deploy, mint, pause, export)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Label offlineHint = new Label("Owner key on an offline machine?");
        offlineHint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox offlineRow = new HBox(8, offlineHint, export);
        offlineRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(12, resume, offline, form, new HBox(8, deploy, mint, pause), offlineRow);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return box;
    }

    private VBox managePane(ComboBox<Network> network, ComboBox<Account> from, Supplier<Item> selected) {
        Item item = selected.get();
        Collection c = vm.collectionProperty().get();
        boolean erc1155 = c.standard() == Standard.ERC1155;
        Label token = new Label(item == null ? "Select an item in the Studio to manage its token."
                : "Token #" + item.tokenId() + " — " + (item.name().isBlank() ? "(no name)" : item.name()));
        token.setId("manage-token");
        token.getStyleClass().add(Styles.TITLE_4);

        ListView<HoldingsStore.Holding> holders = new ListView<>();
        holders.setId("manage-holders");
        holders.setPrefHeight(110);
        holders.setPlaceholder(new Label("No holders read yet: Read from chain."));
        holders.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HoldingsStore.Holding h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.holder().toChecksumHex() + (erc1155 ? "   × " + h.amount() : ""));
            }
        });
        Runnable reload = () -> holders.getItems().setAll(vm.holders(item));
        reload.run();
        vm.revisionProperty().addListener((o, a, b) -> reload.run());
        Button read = new Button("Read from chain", new FontIcon("mdi2r-refresh"));
        read.setId("manage-read");
        read.setTooltip(new Tooltip("Read owners and balances from the contract's Transfer logs (only blocks not read before)"));
        read.disableProperty().bind(vm.runningProperty());
        read.setOnAction(e -> act(() -> vm.readBack(network.getValue(), false)));

        TextField to = new TextField();
        to.setId("manage-to");
        to.setPromptText("0x… new holder");
        TextField amount = new TextField("1");
        amount.setId("manage-amount");
        amount.setPrefColumnCount(6);
        amount.setDisable(!erc1155);
        Button transfer = new Button("Transfer", new FontIcon("mdi2s-send-outline"));
        transfer.setId("manage-transfer");
        transfer.setOnAction(e -> act(() -> vm.transfer(network.getValue(), account(from), item, Address.parse(to.getText().strip()),
                amount(amount))));
        Button burn = new Button("Burn", new FontIcon("mdi2f-fire"));
        burn.setId("manage-burn");
        burn.getStyleClass().add(Styles.DANGER);
        burn.setOnAction(e -> {
            if (item != null && ui.dialogs().confirm("Burn token #" + item.tokenId() + "?",
                    "Burning destroys " + (erc1155 ? amount.getText().strip() + " of it" : "it") + " for good; it cannot be minted again.", "Burn")) {
                act(() -> vm.burn(network.getValue(), account(from), item, amount(amount)));
            }
        });

        TextField uri = new TextField(vm.packagedUri(item));
        uri.setId("manage-uri");
        uri.setPromptText("ipfs://… new metadata URI");
        Button update = new Button("Update metadata", new FontIcon("mdi2f-file-refresh-outline"));
        update.setId("manage-metadata");
        update.setTooltip(new Tooltip(erc1155 ? "setURI: emits URI so marketplaces refresh the id"
                : "setTokenURI: emits ERC-4906 MetadataUpdate so marketplaces refresh the token"));
        update.setOnAction(e -> act(() -> vm.updateMetadata(network.getValue(), account(from), item, uri.getText().strip())));

        TextField receiver = new TextField(c.royaltyReceiver());
        receiver.setId("manage-royalty-to");
        receiver.setPromptText("0x… receives the royalty");
        Spinner<Integer> bps = new Spinner<>(0, 10_000, c.royaltyBps(), 25);
        bps.setId("manage-royalty-bps");
        bps.setEditable(true);
        bps.setPrefWidth(100);
        Button royalty = new Button("Set royalty", new FontIcon("mdi2p-percent-outline"));
        royalty.setId("manage-royalty");
        royalty.setOnAction(e -> act(() -> vm.setRoyalty(network.getValue(), account(from), Address.parse(receiver.getText().strip()),
                bps.getValue())));

        for (Button b : List.of(transfer, burn, update)) {
            b.disableProperty().bind(vm.runningProperty().or(Bindings.createBooleanBinding(() -> item == null)));
        }
        royalty.disableProperty().bind(vm.runningProperty());

        GridPane form = grid();
        form.addRow(0, new Label("Send to"), to, new Label("Amount"), amount);
        form.add(new HBox(8, transfer, burn), 1, 1, 3, 1);
        form.addRow(2, new Label("Metadata"), uri);
        GridPane.setColumnSpan(uri, 3);
        form.add(update, 1, 3, 3, 1);
        form.addRow(4, new Label("Royalty to"), receiver, new Label("Basis points"), bps);
        form.add(royalty, 1, 5, 3, 1);
        GridPane.setHgrow(to, Priority.ALWAYS);
        Label holdersTitle = new Label("Holders (from the chain)");
        holdersTitle.getStyleClass().add(Styles.TEXT_MUTED);
        HBox head = new HBox(10, token);
        VBox holdersColumn = new VBox(4, holdersTitle, holders);
        HBox.setHgrow(holdersColumn, Priority.ALWAYS); // the list takes the width, so full addresses and amounts show
        read.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(10, head, new HBox(10, holdersColumn, read), form);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return box;
    }

    private void exportRequest(Network n, String toText, List<Item> items) {
        if (n == null) {
            throw new AtelierException("Choose the network the contract is on.");
        }
        Address to = Address.parse(toText);
        Collection c = vm.collectionProperty().get();
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneId.systemDefault())
                .format(java.time.Instant.now());
        java.nio.file.Path suggested = vm.requestsFolder().resolve(c.name().replaceAll("[^A-Za-z0-9._-]", "_") + "-mint-" + stamp + ".json");
        ui.dialogs().show(new ExportRequestDialog(c.name(), "the contract's owner", items.size(), suggested, ui.dialogs().owner()))
                .ifPresent(out -> act(() -> vm.exportRequest(n, to, items, out, r -> ui.dialogs().info("Signing request written",
                        "Wrote " + out + ":\n" + r.purpose() + ".\n\nNext:\n1. Carry the file to the offline machine and sign it there "
                        + "(Sign screen, or 'atelier request sign --in " + out.getFileName() + " --out RESPONSE.json').\n"
                        + "2. Bring the response back and open it on Activity → Broadcast signed…: the items are confirmed as "
                        + "their batches are mined."))));
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        // label columns (0, 2) keep their words ("Network", "Items", "Amount"): the fields (1, 3) take the squeeze
        for (int col = 0; col < 4; col++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            if (col % 2 == 0) {
                cc.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            } else {
                cc.setHgrow(Priority.ALWAYS);
                cc.setMinWidth(0);
            }
            g.getColumnConstraints().add(cc);
        }
        return g;
    }

    private static BigInteger amount(TextField f) {
        String s = f.getText().strip();
        if (!s.matches("[0-9]{1,30}") || new BigInteger(s).signum() == 0) {
            throw new AtelierException("The amount must be a whole number of at least 1.");
        }
        return new BigInteger(s);
    }

    private static Address account(ComboBox<Account> from) {
        if (from.getValue() == null) {
            throw new AtelierException("Choose the account that signs (unlock the vault on the Wallet screen first).");
        }
        return from.getValue().address();
    }

    private void act(Runnable r) {
        try {
            r.run();
        } catch (AtelierException e) {
            ui.dialogs().showFailure("Mint", e);
        }
    }
}
