package dev.atelier.ui.mint;

import atlantafx.base.theme.Styles;
import dev.atelier.chain.Network;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.ui.UiServices;
import dev.atelier.vault.Account;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Studio → Mint: deploy the collection's contract if needed, then mint the selected item or every
 * item not minted yet to an address, with a progress bar; Pause stops between batches and Mint
 * resumes the same plan.
 */
public final class MintDialog extends Dialog<Void> {
    public MintDialog(MintViewModel vm, UiServices ui, Supplier<Item> selected, Supplier<List<Item>> all) {
        Collection c = vm.collectionProperty().get();
        setTitle("Mint " + c.name());
        setHeaderText("Mint " + c.name() + " (" + c.standard().label() + ")");

        ComboBox<Network> network = new ComboBox<>();
        network.setId("mint-network");
        network.getItems().setAll(vm.networks());
        network.setValue(vm.defaultNetwork());
        network.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Network n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : n.label());
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
                setText(empty || a == null ? null : a.label() + "  " + a.address());
            }
        });
        from.setButtonCell(from.getCellFactory().call(null));
        if (!from.getItems().isEmpty()) {
            from.setValue(from.getItems().get(0));
        }
        TextField to = new TextField();
        to.setId("mint-to");
        to.setPromptText("0x… who receives the tokens");
        from.valueProperty().addListener((o, a, b) -> {
            if (b != null && to.getText().isBlank()) {
                to.setText(b.address().toChecksumHex());
            }
        });
        if (from.getValue() != null) {
            to.setText(from.getValue().address().toChecksumHex());
        }
        ToggleGroup scope = new ToggleGroup();
        RadioButton one = new RadioButton("The selected item");
        one.setToggleGroup(scope);
        one.setDisable(selected.get() == null);
        RadioButton every = new RadioButton("Every item not minted yet");
        every.setId("mint-all");
        every.setToggleGroup(scope);
        every.setSelected(true);

        Label contract = new Label();
        contract.setId("mint-contract");
        contract.textProperty().bind(vm.collectionProperty().map(x -> x.contractAddress().isBlank()
                ? "Not deployed yet: deploy the contract first (the account you choose will own it)."
                : "Contract " + x.contractAddress()));
        contract.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Network"), network);
        form.addRow(1, new Label("From"), from);
        form.addRow(2, new Label("To"), to);
        form.addRow(3, new Label("Items"), new VBox(4, one, every));
        GridPane.setHgrow(to, Priority.ALWAYS);
        to.setPrefColumnCount(36);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("mint-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty().or(vm.progressProperty().greaterThan(0)));
        Label status = new Label();
        status.setId("mint-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        Button deploy = new Button("Deploy contract", new FontIcon("mdi2r-rocket-launch-outline"));
        deploy.setId("mint-deploy");
        deploy.disableProperty().bind(vm.runningProperty().or(Bindings.createBooleanBinding(
                () -> !vm.collectionProperty().get().contractAddress().isBlank(), vm.collectionProperty())));
        deploy.setOnAction(e -> act(ui, () -> vm.deploy(network.getValue(), account(from))));
        Button mint = new Button("Mint", new FontIcon("mdi2h-hammer"));
        mint.setId("mint-start");
        mint.getStyleClass().add(Styles.ACCENT);
        mint.disableProperty().bind(vm.runningProperty().or(deploy.disableProperty().not()));
        mint.setOnAction(e -> act(ui, () -> vm.mint(network.getValue(), account(from), Address.parse(to.getText()),
                one.isSelected() ? List.of(selected.get()) : all.get())));
        Button pause = new Button("Pause", new FontIcon("mdi2p-pause"));
        pause.setId("mint-pause");
        pause.disableProperty().bind(vm.runningProperty().not());
        pause.setOnAction(e -> vm.pause());

        Label locked = new Label("Unlock the vault on the Wallet screen to choose an account.");
        locked.getStyleClass().add(Styles.WARNING);
        locked.setVisible(!vm.vaultUnlocked());
        locked.setManaged(!vm.vaultUnlocked());

        getDialogPane().setContent(new VBox(12, contract, form, locked, new HBox(8, deploy, mint, pause), bar, status));
        getDialogPane().setPrefWidth(640);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    private static Address account(ComboBox<Account> from) {
        if (from.getValue() == null) {
            throw new AtelierException("Choose the account that signs (unlock the vault on the Wallet screen first).");
        }
        return from.getValue().address();
    }

    private static void act(UiServices ui, Runnable r) {
        try {
            r.run();
        } catch (AtelierException e) {
            ui.dialogs().showFailure("Mint", e);
        }
    }
}
