package dev.atelier.ui.sign;

import atlantafx.base.theme.Styles;
import dev.atelier.chain.ContactStore;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.signing.Contact;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The address book: names for addresses, used by the review and the look-alike warnings. */
final class ContactsDialog extends Dialog<Void> {
    ContactsDialog(ContactStore store) {
        setTitle("Contacts");
        setHeaderText("Contacts: names the review shows next to addresses");
        TableView<Contact> table = new TableView<>();
        table.setId("contacts-table");
        table.setPlaceholder(new Label("No contacts yet. Add the addresses you send to, so look-alikes stand out."));
        TableColumn<Contact, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().name()));
        name.setPrefWidth(160);
        TableColumn<Contact, String> addr = new TableColumn<>("Address");
        addr.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().address().toChecksumHex()));
        addr.setPrefWidth(380);
        table.getColumns().add(name);
        table.getColumns().add(addr);
        table.setPrefHeight(260);
        Runnable reload = () -> table.setItems(FXCollections.observableArrayList(store.contacts()));
        reload.run();

        TextField nameField = new TextField();
        nameField.setPromptText("Name");
        nameField.setId("contact-name");
        nameField.setPrefColumnCount(12);
        TextField addressField = new TextField();
        addressField.setPromptText("0x… address (EIP-55 checked)");
        addressField.setId("contact-address");
        HBox.setHgrow(addressField, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setId("contact-error");
        Button add = new Button("Add", new FontIcon("mdi2a-account-plus-outline"));
        add.setId("contact-add");
        add.setDefaultButton(true);
        add.setOnAction(e -> {
            try {
                store.add(nameField.getText(), Address.parse(addressField.getText()));
                nameField.clear();
                addressField.clear();
                error.setText("");
                reload.run();
            } catch (AtelierException ex) {
                error.setText(ex.userMessage());
            }
        });
        Button remove = new Button("Remove", new FontIcon("mdi2d-delete-outline"));
        remove.setId("contact-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            store.remove(table.getSelectionModel().getSelectedItem().address());
            reload.run();
        });
        HBox form = new HBox(8, nameField, addressField, add, remove);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10, table, form, error);
        content.setPrefWidth(640);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
