package dev.atelier.ui.activity;

import atlantafx.base.theme.Styles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.qr.AirGap;
import dev.atelier.ui.common.AnimatedQr;
import dev.atelier.ui.common.Dialogs;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A signing request shown as a QR code for the offline Atelier: one code, or an animated UR
 * {@code bytes} sequence with frame counter, play/pause, speed and "Save frames as PNG…".
 */
final class RequestQrDialog extends Dialog<Void> {
    RequestQrDialog(SigningRequest request, String fileName, ActivityFiles files, Dialogs dialogs, Window owner) {
        setTitle("Signing request as QR code");
        int n = request.items().size();
        setHeaderText("Show this code to the offline Atelier's Sign screen");
        Label summary = new Label((request.purpose().isBlank() ? fileName : request.purpose()) + " · "
                + request.networkName() + " (chainId " + request.chainId() + ") · " + n + (n == 1 ? " item" : " items")
                + " · request " + request.digest().substring(0, 10) + "…");
        summary.setId("request-qr-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        AnimatedQr qr = new AnimatedQr(AirGap.requestUr(request), 380, "request");
        qr.enableSaving(() -> files.chooseFolder(owner, "Save the request's QR frames into a folder"), "atelier-request", dialogs);
        Label how = new Label("Offline: Sign → Open… and choose the saved frames (all of them, any order) or photos of "
                + "each frame. After approving, bring "
                + "the answer back with Broadcast signed… → Read from QR pictures…; it is checked against this request.");
        how.setWrapText(true);
        how.setMaxWidth(460);
        how.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, summary, qr, how);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(480);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setOnHidden(e -> qr.stop());
    }
}
