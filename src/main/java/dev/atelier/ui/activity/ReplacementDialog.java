package dev.atelier.ui.activity;

import dev.atelier.chain.tx.Replacement;
import dev.atelier.common.PrivateFiles;
import dev.atelier.ui.UiServices;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows the replacement to sign (same nonce, higher fees) as an eth_signTransaction request, to copy
 * or save for the signer; its signed result comes back through "Broadcast signed…".
 */
final class ReplacementDialog extends Dialog<Void> {
    ReplacementDialog(Replacement plan, String json, UiServices ui) {
        setTitle(plan.cancel() ? "Cancel a transaction" : "Speed up a transaction");
        setHeaderText((plan.cancel() ? "Cancel" : "Speed up") + " nonce " + plan.nonce() + " of " + plan.from());
        Label what = new Label((plan.cancel()
                ? "Sign a transfer of nothing to yourself with the same nonce. Whichever is mined first uses the nonce, so the "
                + "original can no longer happen."
                : "Sign the same transaction again with higher fees. Nodes keep the better-paying one.")
                + "\nNew fees: max " + gwei(plan.maxFeePerGas()) + " gwei, tip " + gwei(plan.maxPriorityFeePerGas())
                + " gwei (at least 12.5 % above the original).");
        what.setWrapText(true);
        what.setMaxWidth(560);
        TextArea request = new TextArea(json);
        request.setId("replacement-request");
        request.setEditable(false);
        request.setPrefRowCount(12);
        Button copy = new Button("Copy request", new FontIcon("mdi2c-content-copy"));
        copy.setOnAction(e -> {
            ui.clipboard().copy(json);
            ui.dialogs().notify("Signing request copied.");
        });
        Button save = new Button("Save request…", new FontIcon("mdi2c-content-save-outline"));
        save.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName((plan.cancel() ? "cancel" : "speed-up") + "-nonce-" + plan.nonce() + ".json");
            File f = fc.showSaveDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                try {
                    PrivateFiles.writeAtomically(f.toPath(), json.getBytes(StandardCharsets.UTF_8));
                    ui.dialogs().notifySuccess("Saved " + f.getName() + ".");
                } catch (IOException ex) {
                    ui.dialogs().showFailure("Could not save the request", ex);
                }
            }
        });
        Label next = new Label("Sign it with your signer, then paste the signed transaction in Activity → Broadcast signed….");
        next.getStyleClass().add("text-muted");
        next.setWrapText(true);
        getDialogPane().setContent(new VBox(10, what, request, new HBox(8, copy, save), next));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    private static String gwei(BigInteger wei) {
        return new BigDecimal(wei).movePointLeft(9).stripTrailingZeros().toPlainString();
    }
}
