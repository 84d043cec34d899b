package dev.atelier.ui.common;

import atlantafx.base.theme.Styles;
import com.google.zxing.common.BitMatrix;
import com.sparrowwallet.hummingbird.UR;
import com.sparrowwallet.hummingbird.UREncoder;
import dev.atelier.signing.qr.AirGap;
import dev.atelier.signing.qr.QrCodes;
import dev.atelier.signing.qr.QrFrames;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A UR shown as a QR code, shared by the offline Sign screen (the response) and the online Activity
 * screen (the request): one code when it fits, otherwise an animation of fountain-coded frames (a
 * camera can start at any frame and skip some) with a frame counter, play/pause and speed. "Save
 * frames as PNG…" writes the code's original frames as pictures, enough to rebuild the message in any
 * order, for moving it between machines without a camera.
 */
public final class AnimatedQr extends VBox {
    /** Frames per second offered; 5 suits most phone cameras. */
    static final List<Integer> SPEEDS = List.of(2, 5, 8, 12);
    static final int DEFAULT_FPS = 5;
    private final ImageView view = new ImageView();
    private final Label caption = new Label();
    private final UR ur;
    private final String idPrefix;
    private final HBox controls = new HBox(6);
    private Timeline timeline;
    private UREncoder encoder;
    private int seqLen = 1;
    private String currentText = "";

    /** @param idPrefix node ids start with it ({@code response-qr}, {@code request-qr-play}, …) */
    public AnimatedQr(UR ur, double size, String idPrefix) {
        this.ur = ur;
        this.idPrefix = idPrefix;
        setAlignment(Pos.CENTER);
        setSpacing(6);
        getStyleClass().add("qr-box");
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        view.setSmooth(false);
        view.setId(idPrefix + "-qr");
        caption.getStyleClass().add("text-muted");
        caption.setId(idPrefix + "-qr-caption");
        controls.setAlignment(Pos.CENTER);
        getChildren().addAll(view, caption, controls);
        encoder = AirGap.encoder(ur);
        if (encoder.isSinglePart()) {
            show(UREncoder.encode(ur).toUpperCase(Locale.ROOT));
            caption.setText("One QR code · " + ur.getType());
        } else {
            seqLen = encoder.getSeqLen();
            nextFrame();
            timeline = new Timeline();
            timeline.setCycleCount(Timeline.INDEFINITE);
            setSpeed(DEFAULT_FPS);
            timeline.play();
            Button play = new Button(null, new FontIcon("mdi2p-pause"));
            play.setId(idPrefix + "-qr-play");
            play.getStyleClass().addAll(Styles.BUTTON_ICON);
            play.setTooltip(new Tooltip("Pause / play the animation"));
            play.setOnAction(e -> {
                if (playing()) {
                    timeline.pause();
                    play.setGraphic(new FontIcon("mdi2p-play"));
                } else {
                    timeline.play();
                    play.setGraphic(new FontIcon("mdi2p-pause"));
                }
            });
            Button step = new Button(null, new FontIcon("mdi2s-skip-next"));
            step.setId(idPrefix + "-qr-next");
            step.getStyleClass().addAll(Styles.BUTTON_ICON);
            step.setTooltip(new Tooltip("Next frame"));
            step.setOnAction(e -> nextFrame());
            ComboBox<Integer> speed = new ComboBox<>();
            speed.setId(idPrefix + "-qr-speed");
            speed.getItems().setAll(SPEEDS);
            speed.setValue(DEFAULT_FPS);
            speed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            speed.setTooltip(new Tooltip("Frames per second: slower for older phone cameras"));
            speed.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Integer fps) {
                    return fps == null ? "" : fps + " fps";
                }

                @Override
                public Integer fromString(String s) {
                    return DEFAULT_FPS;
                }
            });
            speed.valueProperty().addListener((o, a, fps) -> {
                if (fps != null) {
                    setSpeed(fps);
                }
            });
            controls.getChildren().addAll(play, step, speed);
        }
        sceneProperty().addListener((o, a, b) -> {
            if (b == null) {
                stop();
            }
        });
    }

    /**
     * Adds "Save frames as PNG…": {@code chooseFolder} asks where (empty = cancelled), the frames are
     * written as {@code filePrefix-01-of-20.png}…, and the outcome is reported through {@code dialogs}.
     */
    public void enableSaving(Supplier<Optional<Path>> chooseFolder, String filePrefix, Dialogs dialogs) {
        Button save = new Button("Save frames as PNG…", new FontIcon("mdi2i-image-multiple-outline"));
        save.setId(idPrefix + "-qr-save");
        save.setTooltip(new Tooltip("Write the code as pictures, to carry to the other machine without a camera"));
        save.setOnAction(e -> chooseFolder.get().ifPresent(dir -> {
            try {
                List<Path> written = QrFrames.writePngs(ur, dir, filePrefix);
                dialogs.notifySuccess(written.size() == 1 ? "Saved " + written.get(0).getFileName()
                        : "Saved " + written.size() + " frames (" + written.get(0).getFileName() + " …) in " + dir.getFileName());
            } catch (RuntimeException ex) {
                dialogs.showFailure("Save QR frames", ex);
            }
        }));
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(save);
    }

    /** The text of the frame on screen (tests read it back). */
    public String currentText() {
        return currentText;
    }

    public boolean animated() {
        return timeline != null;
    }

    public boolean playing() {
        return timeline != null && timeline.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    public void stop() {
        if (timeline != null) {
            timeline.stop();
        }
    }

    private void setSpeed(int fps) {
        boolean wasPlaying = playing();
        timeline.stop();
        timeline.getKeyFrames().setAll(new KeyFrame(Duration.millis(1000.0 / fps), e -> nextFrame()));
        if (wasPlaying) {
            timeline.play();
        }
    }

    private void nextFrame() {
        show(encoder.nextPart().toUpperCase(Locale.ROOT));
        long n = encoder.getSeqNum();
        caption.setText("Animated QR · frame " + n + (n <= seqLen ? " of " + seqLen : " (mixed; " + seqLen + " parts)")
                + " · " + ur.getType());
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
