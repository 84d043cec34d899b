package dev.atelier.ui.networks;

import dev.atelier.chain.Networks;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Asks for a custom network; the chain id is checked against the node when it is added. */
final class AddNetworkDialog extends Dialog<Networks.NewNetwork> {
    AddNetworkDialog() {
        setTitle("Add a network");
        setHeaderText("Add a custom RPC endpoint");
        TextField name = field("network-form-name", "e.g. My Polygon node");
        TextField rpc = field("network-form-rpc", "https://…");
        TextField chain = field("network-form-chain", "optional — checked against the node");
        TextField currency = field("network-form-currency", "optional, e.g. ETH or POL");
        TextField explorer = field("network-form-explorer", "optional, e.g. https://etherscan.io");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("RPC URL"), rpc);
        grid.addRow(2, new Label("Chain id"), chain);
        grid.addRow(3, new Label("Currency"), currency);
        grid.addRow(4, new Label("Explorer"), explorer);
        Label note = new Label("Atelier asks the node for its chain id before saving. An RPC URL that contains an API key is kept "
                + "only in the encrypted vault.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().add("text-muted");
        getDialogPane().setContent(new VBox(12, grid, note));
        ButtonType add = new ButtonType("Check and add", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, add);
        var addButton = getDialogPane().lookupButton(add);
        addButton.setId("network-form-add");
        addButton.disableProperty().bind(name.textProperty().isEmpty().or(rpc.textProperty().isEmpty())
                .or(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !chain.getText().isBlank() && !chain.getText().strip().matches("\\d{1,15}"), chain.textProperty())));
        setResultConverter(b -> b == add ? new Networks.NewNetwork(name.getText(), rpc.getText(),
                chain.getText().isBlank() ? 0 : Long.parseLong(chain.getText().strip()), currency.getText(), explorer.getText()) : null);
        Platform.runLater(name::requestFocus);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(30);
        return f;
    }
}
