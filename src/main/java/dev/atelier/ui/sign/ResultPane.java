package dev.atelier.ui.sign;

import atlantafx.base.theme.Styles;
import dev.atelier.ui.common.AnimatedQr;
import dev.atelier.ui.common.ClipboardService;
import dev.atelier.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** After approval: every result as hex with a copy button, the response file, and the QR code. */
final class ResultPane extends HBox {
    ResultPane(SignResult result, ClipboardService clipboard, Consumer<String> notify, Runnable onSave, boolean erc4527,
               Supplier<Optional<Path>> chooseFramesFolder, Dialogs dialogs) {
        setSpacing(24);
        setId("result-pane");
        VBox left = new VBox(10);
        HBox.setHgrow(left, Priority.ALWAYS);
        Label title = new Label(erc4527 ? "Signed: show this code to the wallet" : "Signed: carry the response back");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setGraphic(new FontIcon("mdi2c-check-circle-outline"));
        title.getStyleClass().add(Styles.SUCCESS);
        ListView<SignResult.Row> rows = new ListView<>();
        rows.setId("result-rows");
        rows.getItems().setAll(result.rows());
        rows.setPrefHeight(Math.min(300, 52.0 * result.rows().size() + 8));
        rows.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SignResult.Row r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label label = new Label(r.label());
                label.setMinWidth(150);
                TextField hex = new TextField(r.hex());
                hex.setEditable(false);
                hex.getStyleClass().addAll(Styles.FLAT, "mono");
                HBox.setHgrow(hex, Priority.ALWAYS);
                Button copy = new Button(null, new FontIcon("mdi2c-content-copy"));
                copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
                copy.setOnAction(e -> {
                    clipboard.copy(r.hex());
                    notify.accept("Copied " + r.label());
                });
                HBox box = new HBox(8, label, hex, copy);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
            }
        });
        Button save = new Button(erc4527 ? "Save as text…" : "Save response file…", new FontIcon("mdi2c-content-save-outline"));
        save.setId("save-response");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> onSave.run());
        Button copyAll = new Button("Copy all", new FontIcon("mdi2c-content-copy"));
        copyAll.setId("copy-all");
        copyAll.setOnAction(e -> {
            clipboard.copy(String.join("\n", result.rows().stream().map(SignResult.Row::hex).toList()));
            notify.accept("Copied " + result.rows().size() + (result.rows().size() == 1 ? " result" : " results"));
        });
        Label hint = new Label(erc4527 ? "Scan the code with the watch-only wallet that made the request."
                : "On the online Atelier, open Activity → Broadcast signed…: open the response file, or choose \"Read from "
                + "QR pictures…\" with photos of this code (every frame of an animation) or the frames saved as PNG.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        left.getChildren().addAll(title, rows, new HBox(8, save, copyAll), hint);
        AnimatedQr qr = new AnimatedQr(result.ur(), 300, "response");
        qr.enableSaving(chooseFramesFolder, erc4527 ? "eth-signature" : "atelier-response", dialogs);
        getChildren().addAll(left, qr);
    }
}
