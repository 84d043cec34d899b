package dev.atelier.ui.mint;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Studio → Mint → Export signing request: where to write the mint as a signing request for an
 * air-gapped machine, and what happens next.
 */
final class ExportRequestDialog extends Dialog<Path> {
    ExportRequestDialog(String collection, String sender, int items, Path suggested, Window owner) {
        setTitle("Export signing request");
        setHeaderText("Mint " + items + " item(s) of " + collection + " with an offline account");
        Label what = new Label("The mint is written as one signing request: gas-sized batches with consecutive nonces, sent from "
                + sender + ". The items are set aside as exported, so Mint does not take them again.");
        what.setWrapText(true);
        what.setMaxWidth(540);
        TextField path = new TextField(suggested.toString());
        path.setId("export-path");
        path.setPrefColumnCount(40);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button("Browse…", new FontIcon("mdi2f-folder-open-outline"));
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Save signing request");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Signing requests", "*.json"));
            File parent = suggested.getParent() == null ? null : suggested.getParent().toFile();
            if (parent != null && parent.isDirectory()) {
                fc.setInitialDirectory(parent);
            }
            fc.setInitialFileName(suggested.getFileName().toString());
            File f = fc.showSaveDialog(owner);
            if (f != null) {
                path.setText(f.getPath());
            }
        });
        Label next = new Label("Next: carry the file to the offline machine and sign it there (Sign screen, or 'atelier request sign'). "
                + "Bring the response back and open it on Activity → Broadcast signed…: the items are confirmed as the batches are mined.");
        next.setWrapText(true);
        next.setMaxWidth(540);
        next.getStyleClass().add(Styles.TEXT_MUTED);
        getDialogPane().setContent(new VBox(10, what, new HBox(8, path, browse), next));
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, export);
        getDialogPane().lookupButton(export).setId("export-confirm");
        getDialogPane().lookupButton(export).disableProperty().bind(Bindings.createBooleanBinding(() -> path.getText().isBlank(),
                path.textProperty()));
        setResultConverter(b -> b == export ? Path.of(path.getText().strip()).toAbsolutePath() : null);
    }
}
