package dev.atelier.ui.sign;

import com.google.zxing.common.BitMatrix;
import com.sparrowwallet.hummingbird.UR;
import com.sparrowwallet.hummingbird.UREncoder;
import dev.atelier.signing.qr.AirGap;
import dev.atelier.signing.qr.QrCodes;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * A UR shown as a QR code: one code when it fits, otherwise an animation of fountain-coded frames
 * (a camera can start at any frame and skip some) at five frames a second.
 */
public final class AnimatedQr extends VBox {
    static final Duration FRAME = Duration.millis(200);
    private final ImageView view = new ImageView();
    private final Label caption = new Label();
    private Timeline timeline;
    private String currentText = "";

    public AnimatedQr(UR ur, double size) {
        setAlignment(Pos.CENTER);
        setSpacing(6);
        getStyleClass().add("qr-box");
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        view.setSmooth(false);
        view.setId("response-qr");
        caption.getStyleClass().add("text-muted");
        caption.setId("response-qr-caption");
        getChildren().addAll(view, caption);
        UREncoder encoder = AirGap.encoder(ur);
        if (encoder.isSinglePart()) {
            show(UREncoder.encode(ur).toUpperCase(Locale.ROOT));
            caption.setText("One QR code · " + ur.getType());
        } else {
            int len = encoder.getSeqLen();
            show(encoder.nextPart().toUpperCase(Locale.ROOT));
            caption.setText("Animated QR · " + len + " parts · " + ur.getType());
            timeline = new Timeline(new KeyFrame(FRAME, e -> {
                show(encoder.nextPart().toUpperCase(Locale.ROOT));
                caption.setText("Animated QR · frame " + encoder.getSeqNum() + " (" + len + " parts) · " + ur.getType());
            }));
            timeline.setCycleCount(Timeline.INDEFINITE);
            timeline.play();
        }
        sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                stop();
            }
        });
    }

    /** The text of the frame on screen (tests read it back). */
    public String currentText() {
        return currentText;
    }

    public boolean animated() {
        return timeline != null;
    }

    public void stop() {
        if (timeline != null) {
            timeline.stop();
        }
    }

    private void show(String text) {
        currentText = text;
        BitMatrix m = QrCodes.encode(text);
        int scale = 4;
        WritableImage img = new WritableImage(m.getWidth() * scale, m.getHeight() * scale);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                Color c = m.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        w.setColor(x * scale + dx, y * scale + dy, c);
                    }
                }
            }
        }
        view.setImage(img);
    }
}
