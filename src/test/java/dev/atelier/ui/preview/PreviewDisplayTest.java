package dev.atelier.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.asset.GltfBuilder;
import dev.atelier.testing.FxApp;
import dev.atelier.ui.Screen;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.SubScene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.media.MediaPlayer;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs on the real Xvfb display with prism.forceGPU=true (the display-tests execution): the 3D view
 * renders a textured model, and audio plays through JavaFX Media.
 */
@Tag("display")
class PreviewDisplayTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    FxApp fx;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        fx = FxApp.start(home);
        robot.interact(() -> {
            fx.stage().setWidth(1280);
            fx.stage().setHeight(820);
            fx.app().shell().select(Screen.ASSETS);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    AssetsView view() {
        return robot.lookup("#screen-assets").queryAs(AssetsView.class);
    }

    static byte[] redPng() throws Exception {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(230, 20, 20));
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void texturedModelRendersInThe3dView() throws Exception {
        assertThat(Platform.isSupported(ConditionalFeature.SCENE3D)).as("3D on Xvfb with prism.forceGPU").isTrue();
        GltfBuilder b = new GltfBuilder();
        int tex = b.texture(redPng());
        b.node(b.cube(b.material(new float[] {1, 1, 1, 1}, tex)), null);
        Path glb = b.writeGlb(files.resolve("red-cube.glb"));
        robot.interact(() -> view().openFile(glb));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#model-subscene").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        SubScene sub = robot.lookup("#model-subscene").queryAs(SubScene.class);
        int[] counts = drawn(sub);
        int total = (int) (sub.getWidth() * sub.getHeight());
        assertThat(counts[0]).as("pixels drawn").isGreaterThan(total / 50);
        assertThat(counts[1]).as("texture-red pixels").isGreaterThan(total / 100);

        Path poster = files.resolve("poster.png");
        robot.interact(() -> view().savePoster(poster, 256));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(poster));
        java.awt.image.BufferedImage png = ImageIO.read(poster.toFile());
        assertThat(png.getWidth()).isEqualTo(256);
        int posterRed = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                int c = png.getRGB(x, y);
                if (((c >> 16) & 0xFF) > 90 && ((c >> 16) & 0xFF) > 2 * ((c >> 8) & 0xFF)) {
                    posterRed++;
                }
            }
        }
        assertThat(posterRed).as("the 3D view's poster shows the textured cube").isGreaterThan(256 * 256 / 20);

        robot.interact(() -> robot.lookup("#model-wireframe").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        int[] wire = drawn(sub);
        assertThat(wire[0]).as("wireframe draws fewer pixels than solid").isLessThan(counts[0]);
    }

    /** [non-transparent pixels, reddish pixels] of a snapshot of the 3D sub-scene. */
    private int[] drawn(SubScene sub) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> {
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setFill(javafx.scene.paint.Color.TRANSPARENT);
            img[0] = sub.snapshot(params, null);
        });
        PixelReader r = img[0].getPixelReader();
        int drawn = 0;
        int red = 0;
        for (int y = 0; y < (int) img[0].getHeight(); y++) {
            for (int x = 0; x < (int) img[0].getWidth(); x++) {
                int c = r.getArgb(x, y);
                if ((c >>> 24) > 0) {
                    drawn++;
                    int rr = (c >> 16) & 0xFF;
                    int gg = (c >> 8) & 0xFF;
                    if (rr > 90 && rr > 2 * gg) {
                        red++;
                    }
                }
            }
        }
        return new int[] {drawn, red};
    }

    @Test
    void audioLoadsWithItsDurationAndSeeks() throws Exception {
        Path wav = files.resolve("tone.wav");
        AudioFormat format = new AudioFormat(44_100, 16, 1, true, false);
        byte[] pcm = new byte[44_100 * 2 * 2]; // 2 seconds
        for (int i = 0; i < pcm.length / 2; i++) {
            short v = (short) (Math.sin(i * 2 * Math.PI * 440 / 44_100) * 8000);
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        AudioSystem.write(new AudioInputStream(new java.io.ByteArrayInputStream(pcm), format, pcm.length / 2),
                AudioFileFormat.Type.WAVE, wav.toFile());
        robot.interact(() -> view().openFile(wav));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#media-preview").tryQuery().isPresent());
        MediaPreview media = robot.lookup("#media-preview").queryAs(MediaPreview.class);
        assertThat(media.player()).as("JavaFX Media opens WAV: " + robot.lookup("#media-status").queryAs(javafx.scene.control.Label.class).getText()).isNotNull();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> media.player().getStatus() == MediaPlayer.Status.READY
                || media.player().getError() != null);
        assertThat(media.player().getError()).isNull();
        assertThat(media.player().getMedia().getDuration().toSeconds()).isBetween(1.9, 2.1);
        robot.interact(() -> media.player().seek(javafx.util.Duration.seconds(1.5)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> media.player().getCurrentTime().toSeconds() > 1.0);
        assertThat(robot.lookup("#media-time").queryAs(javafx.scene.control.Label.class).getText()).endsWith("/ 0:02");
    }

    /**
     * An MP4 (H.264, made by ffmpeg: src/test/resources/media/red-8s.mp4, an 8-second 160×96 red picture)
     * opens, plays from the Play button, draws its red frame, pauses and seeks. No audio track: with one,
     * GStreamer's audio sink on a CI machine's null sound device sometimes stalls the clock mid-play.
     * JavaFX decodes H.264 on Linux through the system's libavcodec (installed by .ci/run).
     */
    @Test
    void mp4VideoPlaysDrawsItsFrameAndSeeks() throws Exception {
        Path mp4 = files.resolve("red-8s.mp4");
        try (var in = PreviewDisplayTest.class.getResourceAsStream("/media/red-8s.mp4")) {
            java.nio.file.Files.copy(in, mp4);
        }
        robot.interact(() -> view().openFile(mp4));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#media-preview").tryQuery().isPresent());
        MediaPreview media = robot.lookup("#media-preview").queryAs(MediaPreview.class);
        javafx.scene.control.Label status = robot.lookup("#media-status").queryAs(javafx.scene.control.Label.class);
        assertThat(media.player()).as("JavaFX Media opens MP4: " + status.getText()).isNotNull();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> media.player().getStatus() == MediaPlayer.Status.READY
                || media.player().getError() != null);
        assertThat(media.player().getError()).as(status.getText()).isNull();
        assertThat(media.player().getMedia().getDuration().toSeconds()).isBetween(7.9, 8.1);
        assertThat(media.player().getMedia().getWidth()).isEqualTo(160);
        assertThat(media.player().getMedia().getHeight()).isEqualTo(96);

        robot.clickOn("#media-play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> media.player().getCurrentTime().toSeconds() > 0.3);
        javafx.scene.media.MediaView mv = robot.lookup(n -> n instanceof javafx.scene.media.MediaView)
                .queryAs(javafx.scene.media.MediaView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = mv.snapshot(null, null));
            PixelReader px = shot[0].getPixelReader();
            javafx.scene.paint.Color c = px.getColor((int) shot[0].getWidth() / 2, (int) shot[0].getHeight() / 2);
            return c.getRed() > 0.7 && c.getGreen() < 0.3 && c.getBlue() < 0.3;
        });
        MediaPlayer.Status before = media.player().getStatus();
        robot.clickOn("#media-play");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> media.player().getStatus() == MediaPlayer.Status.PAUSED);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not paused: before=" + before + " now=" + media.player().getStatus() + " t=" + media.player().getCurrentTime());
        }
        robot.interact(() -> media.player().seek(javafx.util.Duration.seconds(6.5)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> media.player().getCurrentTime().toSeconds() > 6.0);
        assertThat(robot.lookup("#media-time").queryAs(javafx.scene.control.Label.class).getText()).endsWith("/ 0:08");
    }
}
