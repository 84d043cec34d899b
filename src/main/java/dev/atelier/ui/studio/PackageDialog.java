package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Where to write the package, and whether to write a CAR file too. */
final class PackageDialog extends Dialog<PackageDialog.Choice> {
    record Choice(Path folder, Path car) {
    }

    final TextField folder = new TextField();
    final CheckBox car = new CheckBox("Also write a CAR file (upload it to any IPFS pinning service)");

    PackageDialog(String collection, Path suggested) {
        setTitle("Package " + collection);
        setHeaderText("Package for marketplaces");
        folder.setText(suggested.toString());
        folder.setId("package-folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            File f = dc.showDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                folder.setText(f.getAbsolutePath());
            }
        });
        car.setSelected(true);
        car.setId("package-car");
        Label what = new Label("Writes metadata/ (one JSON per token, named as the standard requires), assets/ and "
                + "collection.json into a new or empty folder. Files are rewritten to ipfs:// addresses.");
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, what, new HBox(6, folder, browse), car);
        box.setPadding(new Insets(6, 0, 0, 0));
        box.setPrefWidth(600);
        getDialogPane().setContent(box);
        ButtonType write = new ButtonType("Package", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, write);
        Node ok = getDialogPane().lookupButton(write);
        ok.setId("package-write");
        ok.disableProperty().bind(folder.textProperty().isEmpty());
        setResultConverter(bt -> {
            if (bt != write) {
                return null;
            }
            Path out = Path.of(folder.getText().strip()).toAbsolutePath();
            return new Choice(out, car.isSelected() ? out.resolveSibling(out.getFileName() + ".car") : null);
        });
    }
}
