package dev.atelier.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.ThemeChoice;
import dev.atelier.asset.GltfBuilder;
import dev.atelier.asset.budget.BuiltInProfiles;
import dev.atelier.testing.FxApp;
import dev.atelier.ui.Screen;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Assets screen with a model open (light and dark), for the user guide. Runs via scripts/screenshots.sh. */
@Tag("screenshots")
class AssetsScreenshotTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    final FxRobot robot = new FxRobot();

    static byte[] tiles() throws Exception {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Color[] palette = {new Color(0x6366f1), new Color(0xf59e0b), new Color(0x10b981), new Color(0xef4444)};
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                g.setColor(palette[(x + 2 * y) % palette.length]);
                g.fillRect(x * 32, y * 32, 32, 32);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void assetsScreenWithAModel() throws Exception {
        GltfBuilder b = new GltfBuilder();
        int tex = b.texture(tiles());
        int mat = b.material(new float[] {1, 1, 1, 1}, tex);
        b.node(b.sphere(48, 96, mat), n -> n.putArray("translation").add(-0.6).add(0.5).add(0));
        b.node(b.cube(b.material(new float[] {0.9f, 0.45f, 0.1f, 1}, null)), n -> n.putArray("translation").add(0.6).add(0.5).add(0));
        Path glb = b.writeGlb(files.resolve("orb-and-crate.glb"));
        Path out = Path.of(System.getProperty("atelier.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        try (FxApp fx = FxApp.start(home)) {
            robot.interact(() -> {
                fx.stage().setWidth(1400);
                fx.stage().setHeight(880);
                fx.app().shell().select(Screen.ASSETS);
            });
            AssetsView view = robot.lookup("#screen-assets").queryAs(AssetsView.class);
            robot.interact(() -> {
                view.viewModel().profileProperty().set(BuiltInProfiles.READY_PLAYER_ME_OUTFIT);
                view.openFile(glb);
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#model-subscene").tryQuery().isPresent()
                    || robot.lookup("#model-still").tryQuery().isPresent());
            robot.interact(() -> view.viewModel().computeCid());
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                robot.interact(() -> fx.app().theme().applyTheme(theme));
                WaitForAsyncUtils.waitForFxEvents();
                Thread.sleep(600);
                WritableImage[] img = new WritableImage[1];
                robot.interact(() -> img[0] = fx.stage().getScene().snapshot(null));
                Path file = out.resolve("assets-model-" + theme.name().toLowerCase() + ".png");
                ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", file.toFile());
                assertThat(Files.size(file)).isGreaterThan(10_000);
            }
            Path broken = files.resolve("broken-sword.gltf");
            Files.writeString(broken, """
                {"asset":{"version":"2.0"},"extensionsUsed":["KHR_draco_mesh_compression"],
                 "extensionsRequired":["KHR_draco_mesh_compression"],
                 "meshes":[{"primitives":[{"attributes":{"POSITION":0},"indices":2,"material":3}]}],
                 "buffers":[{"byteLength":12,"uri":"../../secret.bin"}],
                 "bufferViews":[{"buffer":0,"byteLength":64}],
                 "accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3"}]}""");
            robot.interact(() -> view.openFile(broken));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".issue-row").tryQuery().isPresent());
            robot.interact(() -> fx.app().theme().applyTheme(ThemeChoice.LIGHT));
            Thread.sleep(600);
            WritableImage[] img = new WritableImage[1];
            robot.interact(() -> img[0] = fx.stage().getScene().snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", out.resolve("assets-issues-light.png").toFile());

            ProfileEditor[] editor = new ProfileEditor[1];
            robot.interact(() -> {
                editor[0] = new ProfileEditor(BuiltInProfiles.READY_PLAYER_ME_OUTFIT, true);
                editor[0].initOwner(fx.stage());
                editor[0].show();
            });
            Thread.sleep(600);
            robot.interact(() -> img[0] = editor[0].getDialogPane().getScene().snapshot(null));
            ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", out.resolve("assets-profile-editor-light.png").toFile());
            robot.interact(() -> editor[0].close());
        }
    }
}
