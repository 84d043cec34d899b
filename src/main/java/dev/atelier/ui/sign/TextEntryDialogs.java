package dev.atelier.ui.sign;

import atlantafx.base.theme.Styles;
import dev.atelier.crypto.Address;
import dev.atelier.signing.Hex;
import dev.atelier.vault.Account;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The small dialogs of the Sign screen: paste a request, write a message, enter the passphrase. */
final class TextEntryDialogs {
    private TextEntryDialogs() {
    }

    /** Pasted text: a request file, transaction JSON (or JSON Lines), typed data, or UR parts. */
    static Dialog<String> paste() {
        Dialog<String> d = new Dialog<>();
        d.setTitle("Paste a request");
        d.setHeaderText("Paste a signing request, eth_signTransaction JSON (or JSON Lines), EIP-712 typed data, or ur:… text");
        TextArea area = new TextArea();
        area.setId("paste-text");
        area.setPrefRowCount(14);
        area.setPrefColumnCount(70);
        area.getStyleClass().add("mono");
        d.getDialogPane().setContent(area);
        ButtonType review = new ButtonType("Review", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, review);
        d.getDialogPane().lookupButton(review).disableProperty().bind(area.textProperty().isEmpty());
        d.getDialogPane().lookupButton(review).setId("paste-review");
        d.setResultConverter(b -> b == review ? area.getText() : null);
        return d;
    }

    /** A message to sign: the account, the text (or hex bytes). */
    record MessageInput(Address from, byte[] message, boolean isText) {
    }

    static Dialog<MessageInput> message(List<Account> accounts) {
        Dialog<MessageInput> d = new Dialog<>();
        d.setTitle("Sign a message");
        d.setHeaderText("Sign an EIP-191 message (personal_sign)");
        ComboBox<Account> from = new ComboBox<>();
        from.getItems().setAll(accounts);
        from.setId("message-account");
        from.setPromptText("Account");
        from.setCellFactory(l -> accountCell());
        from.setButtonCell(accountCell());
        if (accounts.size() == 1) {
            from.getSelectionModel().select(0);
        }
        ToggleGroup kind = new ToggleGroup();
        RadioButton text = new RadioButton("Text");
        RadioButton hex = new RadioButton("Hex bytes (0x…)");
        text.setToggleGroup(kind);
        hex.setToggleGroup(kind);
        text.setSelected(true);
        TextArea area = new TextArea();
        area.setId("message-text");
        area.setPrefRowCount(8);
        area.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        VBox box = new VBox(10, from, new HBox(16, text, hex), area, error);
        box.setPrefWidth(560);
        d.getDialogPane().setContent(box);
        ButtonType review = new ButtonType("Review", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, review);
        d.getDialogPane().lookupButton(review).disableProperty().bind(from.valueProperty().isNull());
        d.getDialogPane().lookupButton(review).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (hex.isSelected()) {
                try {
                    Hex.parse(area.getText(), "The message", 1 << 20);
                } catch (dev.atelier.common.AtelierException ex) {
                    error.setText(ex.userMessage());
                    e.consume();
                }
            }
        });
        d.setResultConverter(b -> {
            if (b != review) {
                return null;
            }
            byte[] msg = text.isSelected() ? area.getText().getBytes(StandardCharsets.UTF_8) : Hex.parse(area.getText(), "The message", 1 << 20);
            return new MessageInput(from.getValue().address(), msg, text.isSelected());
        });
        return d;
    }

    /** The vault passphrase, as a char[] the caller wipes. */
    static Optional<char[]> passphrase(javafx.stage.Window owner) {
        Dialog<char[]> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Unlock the vault");
        d.setHeaderText("The vault is locked. Enter its passphrase to sign.");
        PasswordField field = new PasswordField();
        field.setId("unlock-passphrase");
        field.setPromptText("Vault passphrase");
        d.getDialogPane().setContent(field);
        ButtonType unlock = new ButtonType("Unlock and sign", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, unlock);
        d.getDialogPane().lookupButton(unlock).setId("unlock-ok");
        d.setOnShown(e -> field.requestFocus());
        d.setResultConverter(b -> {
            char[] out = b == unlock ? field.getText().toCharArray() : null;
            field.clear();
            return out;
        });
        return d.showAndWait();
    }

    static ListCell<Account> accountCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Account a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : (a.label().isBlank() ? "" : a.label() + "  ") + a.address().toChecksumHex());
            }
        };
    }
}
