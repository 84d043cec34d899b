package dev.atelier.ui.activity;

import atlantafx.base.theme.Styles;
import dev.atelier.app.TaskRunner;
import dev.atelier.chain.Network;
import dev.atelier.chain.tx.SignedResponses;
import dev.atelier.common.AtelierException;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.signing.qr.ResponseScan;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Takes signed transactions to broadcast: pasted hex, a response file from an air-gapped signer, or
 * pictures of the signer's response QR code (animated frames in any order). A response read by QR is
 * verified as a response file is (its digest and signatures) and, when this screen showed the request,
 * checked to answer exactly that request before it fills the dialog.
 */
final class BroadcastDialog extends Dialog<BroadcastDialog.Input> {
    record Input(String text, String source) {
    }

    private String source = "pasted";
    private final TextArea raw = new TextArea();
    private final Label error = new Label();
    private final Label qrStatus = new Label();
    private final ProgressBar qrProgress = new ProgressBar(0);
    private final Button readQr = new Button("Read from QR pictures…", new FontIcon("mdi2q-qrcode-scan"));
    private final SigningRequest expected;
    private ResponseScan scan;

    /** @param expected the request this screen showed as a QR code, or null: the response must answer it */
    BroadcastDialog(Network network, Window owner, ActivityFiles files, TaskRunner tasks, SigningRequest expected) {
        setTitle("Broadcast signed transactions");
        setHeaderText("Broadcast on " + network.label());
        this.expected = expected;
        scan = new ResponseScan(expected);
        raw.setId("broadcast-raw");
        raw.setPromptText("0x02f8… — one signed transaction per line, or open a signing response file");
        raw.setPrefRowCount(6);
        raw.setWrapText(true);
        raw.setPrefColumnCount(48);
        Button open = new Button("Open response file…", new FontIcon("mdi2f-file-import-outline"));
        open.setId("broadcast-open");
        error.setId("broadcast-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMaxWidth(600);
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
        readQr.setId("broadcast-qr");
        readQr.setTooltip(new javafx.scene.control.Tooltip("Photos or screenshots of the offline signer's response code, "
                + "or the frames it saved as PNG: every frame of an animation, in any order"));
        readQr.setOnAction(e -> {
            List<Path> images = files.openImages(owner);
            if (!images.isEmpty()) {
                read(images, tasks);
            }
        });
        qrStatus.setId("broadcast-qr-status");
        qrStatus.getStyleClass().add(Styles.TEXT_MUTED);
        qrProgress.setId("broadcast-qr-progress");
        qrProgress.setPrefWidth(140);
        qrProgress.setVisible(false);
        qrProgress.managedProperty().bind(qrProgress.visibleProperty());
        if (expected != null) {
            qrStatus.setText("The response must answer request " + expected.digest().substring(0, 10) + "… (shown as QR here).");
        }
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        readQr.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox sources = new HBox(8, open, readQr);
        HBox qrRow = new HBox(8, qrProgress, qrStatus);
        qrRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        qrStatus.setWrapText(true);
        qrStatus.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label note = new Label("Each transaction is saved to the queue before it is sent. One with the same account and nonce as a "
                + "waiting transaction replaces it (speed-up or cancel).");
        note.setWrapText(true);
        note.setMaxWidth(600);
        note.getStyleClass().add("text-muted");
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(10, raw, sources, qrRow, error, note));
        getDialogPane().setPrefWidth(640);
        ButtonType send = new ButtonType("Queue and broadcast", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, send);
        getDialogPane().lookupButton(send).setId("broadcast-send");
        getDialogPane().lookupButton(send).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> raw.getText().isBlank(), raw.textProperty()));
        setResultConverter(b -> b == send ? new Input(raw.getText(), source) : null);
    }

    /** What one batch of pictures did: the progress after it, per-picture problems, the response once whole. */
    private record Outcome(ResponseScan.Progress progress, List<String> problems, SigningResponse response) {
    }

    private void read(List<Path> images, TaskRunner tasks) {
        readQr.setDisable(true);
        qrProgress.setVisible(true);
        qrProgress.setProgress(-1);
        error.setText("");
        ResponseScan s = scan;
        tasks.submit("Reading QR pictures", p -> {
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < images.size() && !s.complete(); i++) {
                p.progress(i, images.size());
                try {
                    s.addImage(images.get(i));
                } catch (AtelierException ex) {
                    problems.add(ex.userMessage());
                }
            }
            return new Outcome(s.progress(), problems, s.complete() ? s.response() : null);
        }, this::show, ex -> {
            readQr.setDisable(false);
            qrProgress.setVisible(false);
            error.setText(ex instanceof AtelierException a ? a.userMessage() : "Cannot read the pictures: " + ex);
        });
    }

    private void show(Outcome o) {
        readQr.setDisable(false);
        List<String> problems = new ArrayList<>(o.problems());
        if (o.response() != null) {
            SigningResponse r = o.response();
            raw.setText(new String(r.toBytes(), StandardCharsets.UTF_8));
            source = "QR pictures (" + o.progress().expected() + (o.progress().expected() == 1 ? " part)" : " parts)");
            qrProgress.setVisible(false);
            int n = r.results().size();
            qrStatus.setText("Read by QR: response to request " + r.requestDigest().substring(0, 10) + "…, "
                    + n + (n == 1 ? " result" : " results") + ", signatures verified.");
            qrStatus.getStyleClass().setAll("label", Styles.SUCCESS);
            readQr.setText("Read from QR pictures…");
            scan = new ResponseScan(expected);
        } else if (o.progress().expected() > 0) {
            qrProgress.setProgress((double) o.progress().received() / o.progress().expected());
            int missing = Math.max(1, o.progress().expected() - o.progress().received());
            qrStatus.setText(o.progress().text() + " · " + missing + " missing");
            readQr.setText("Add more pictures…");
        } else {
            qrProgress.setVisible(false);
        }
        error.setText(String.join("\n", problems));
    }
}
