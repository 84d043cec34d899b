package dev.atelier.ui.activity;

import dev.atelier.chain.Network;
import dev.atelier.chain.tx.SignedResponses;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** Takes signed transactions to broadcast: pasted hex, or a response file from an air-gapped signer. */
final class BroadcastDialog extends Dialog<BroadcastDialog.Input> {
    record Input(String text, String source) {
    }

    private String source = "pasted";

    BroadcastDialog(Network network, Window owner) {
        setTitle("Broadcast signed transactions");
        setHeaderText("Broadcast on " + network.label());
        TextArea raw = new TextArea();
        raw.setId("broadcast-raw");
        raw.setPromptText("0x02f8… — one signed transaction per line, or open a signing response file");
        raw.setPrefRowCount(6);
        raw.setWrapText(true);
        raw.setPrefColumnCount(48);
        Button open = new Button("Open response file…", new FontIcon("mdi2f-file-import-outline"));
        Label error = new Label();
        error.getStyleClass().add("danger");
        open.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Signing response");
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Signing responses", "*.json", "*.jsonl", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            File f = fc.showOpenDialog(owner);
            if (f != null) {
                try {
                    if (Files.size(f.toPath()) > SignedResponses.MAX_FILE_BYTES) {
                        error.setText(f.getName() + " is too large to be a signing response.");
                        return;
                    }
                    raw.setText(Files.readString(f.toPath()));
                    source = f.getName();
                    error.setText("");
                } catch (IOException ex) {
                    error.setText("Cannot read " + f.getName() + ": " + ex.getMessage());
                }
            }
        });
        Label note = new Label("Each transaction is saved to the queue before it is sent. One with the same account and nonce as a "
                + "waiting transaction replaces it (speed-up or cancel).");
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.getStyleClass().add("text-muted");
        getDialogPane().setContent(new VBox(10, raw, open, error, note));
        ButtonType send = new ButtonType("Queue and broadcast", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, send);
        getDialogPane().lookupButton(send).setId("broadcast-send");
        getDialogPane().lookupButton(send).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> raw.getText().isBlank(), raw.textProperty()));
        setResultConverter(b -> b == send ? new Input(raw.getText(), source) : null);
    }
}
