package dev.atelier.ui.preview;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** Audio or video with play/pause, a seek bar and the time; playback errors are shown, not thrown. */
public final class MediaPreview extends VBox {
    private MediaPlayer player;
    private final Label status = new Label();

    private final boolean needsLibavcodec;

    MediaPreview(Path file, boolean video) {
        setSpacing(10);
        setPadding(new Insets(12));
        setAlignment(Pos.CENTER);
        getStyleClass().add("media-preview");
        setId("media-preview");
        needsLibavcodec = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(mp4|m4v|m4a|aac|mp3)$");
        Button play = new Button(null, new FontIcon("mdi2p-play"));
        play.setId("media-play");
        play.getStyleClass().addAll(Styles.BUTTON_CIRCLE, Styles.ACCENT);
        Slider seek = new Slider(0, 1, 0);
        seek.setId("media-seek");
        HBox.setHgrow(seek, Priority.ALWAYS);
        Label time = new Label("0:00 / 0:00");
        time.setId("media-time");
        time.getStyleClass().add(Styles.TEXT_MUTED);
        HBox controls = new HBox(10, play, seek, time);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMaxWidth(720);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setId("media-status");
        status.setWrapText(true);
        try {
            Media media = new Media(file.toUri().toString());
            player = new MediaPlayer(media);
            if (video) {
                MediaView view = new MediaView(player);
                view.setPreserveRatio(true);
                StackPane stage = new StackPane(view);
                stage.getStyleClass().add("image-stage");
                VBox.setVgrow(stage, Priority.ALWAYS);
                view.fitWidthProperty().bind(stage.widthProperty().subtract(16));
                view.fitHeightProperty().bind(stage.heightProperty().subtract(16));
                getChildren().add(stage);
            } else {
                FontIcon note = new FontIcon("mdi2m-music-note-outline");
                note.getStyleClass().add("preview-message-icon");
                getChildren().add(note);
            }
            player.setOnError(() -> fail(player.getError()));
            player.setOnReady(() -> {
                seek.setMax(Math.max(0.001, media.getDuration().toSeconds()));
                time.setText(format(Duration.ZERO) + " / " + format(media.getDuration()));
            });
            player.currentTimeProperty().addListener((o, a, t) -> {
                if (!seek.isValueChanging()) {
                    seek.setValue(t.toSeconds());
                }
                time.setText(format(t) + " / " + format(media.getDuration()));
            });
            seek.valueChangingProperty().addListener((o, was, changing) -> {
                if (!changing) {
                    player.seek(Duration.seconds(seek.getValue()));
                }
            });
            seek.setOnMouseReleased(e -> player.seek(Duration.seconds(seek.getValue())));
            player.statusProperty().addListener((o, a, s) -> ((FontIcon) play.getGraphic())
                    .setIconLiteral(s == MediaPlayer.Status.PLAYING ? "mdi2p-pause" : "mdi2p-play"));
            player.setOnEndOfMedia(() -> {
                player.pause();
                player.seek(Duration.ZERO);
            });
            play.setOnAction(e -> {
                if (player.getStatus() == MediaPlayer.Status.PLAYING) {
                    player.pause();
                } else {
                    player.play();
                }
            });
        } catch (MediaException | UnsupportedOperationException e) {
            fail(e);
            play.setDisable(true);
            seek.setDisable(true);
        }
        getChildren().addAll(controls, status);
        sceneProperty().addListener((o, a, s) -> {
            if (s == null && player != null) {
                player.dispose();
            }
        });
    }

    private void fail(Exception e) {
        String why = e == null || e.getMessage() == null ? "unsupported format" : e.getMessage();
        status.setText("This media cannot be played here: " + why + (needsLibavcodec ? LINUX_CODEC_HINT : ""));
    }

    /**
     * On Linux JavaFX decodes H.264, AAC and MP3 through the system's libavcodec (versions 56–60);
     * without it every MP4 fails with a bare "unsupported" error, so say what to install.
     */
    static final String LINUX_CODEC_HINT = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
            ? ". On Linux, MP4 (H.264/AAC) and MP3 playback needs the system's FFmpeg libraries:"
                    + " install libavcodec (Debian/Ubuntu: sudo apt install libavcodec59, or libavcodec60) and reopen the file."
            : "";

    /** The player, or null when this platform cannot play the file. */
    public MediaPlayer player() {
        return player;
    }

    static String format(Duration d) {
        if (d == null || d.isUnknown() || d.isIndefinite()) {
            return "0:00";
        }
        long s = (long) d.toSeconds();
        return s / 60 + ":" + String.format("%02d", s % 60);
    }
}
