package dev.atelier.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.asset.GltfBuilder;
import dev.atelier.asset.budget.BudgetLimit;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.budget.BuiltInProfiles;
import dev.atelier.asset.budget.Metric;
import dev.atelier.asset.cid.Cid;
import dev.atelier.testing.FxApp;
import dev.atelier.ui.Screen;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Assets screen in the real app (headless): open files, read the inspector, budgets, CID, empty state. */
class AssetsViewTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    FxApp fx;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        fx = FxApp.start(home);
        robot.interact(() -> fx.app().shell().select(Screen.ASSETS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    AssetsView view() {
        return robot.lookup("#screen-assets").queryAs(AssetsView.class);
    }

    void open(Path file) throws Exception {
        robot.interact(() -> view().openFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view().viewModel().opened() != null
                && view().viewModel().opened().path().equals(file) && !view().viewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    String fact(String id) {
        return robot.lookup("#fact-" + id).queryAs(Label.class).getText();
    }

    @Test
    void imageShowsItsPixelsAndDimensionsAndBudget() throws Exception {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Path png = files.resolve("thumb.png");
        ImageIO.write(img, "png", png.toFile());
        assertThat(robot.lookup(".empty-state").query().isVisible()).isTrue();
        open(png);
        assertThat(robot.lookup(".empty-state").query().isVisible()).isFalse();
        assertThat(robot.lookup("#asset-title").queryAs(Label.class).getText()).isEqualTo("thumb.png");
        assertThat(fact("dimensions")).isEqualTo("256 × 256 px");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preview-image").tryQuery().isPresent());
        assertThat(robot.lookup("#preview-image").queryAs(ImageView.class).getImage()).isNotNull();
        robot.interact(() -> view().viewModel().profileProperty().set(BuiltInProfiles.DECENTRALAND_WEARABLE));
        assertThat(robot.lookup(".budget-badge").queryAll()).hasSize(2);
        assertThat(robot.lookup(".budget-badge.pass").queryAll()).hasSize(2);
    }

    @Test
    void modelWithoutThreeDimensionalSupportShowsAStillAndItsStatistics() throws Exception {
        GltfBuilder b = new GltfBuilder();
        b.node(b.cube(b.material(new float[] {0.2f, 0.6f, 0.9f, 1}, null)), null);
        Path glb = b.writeGlb(files.resolve("cube.glb"));
        open(glb);
        assertThat(fact("triangles")).isEqualTo("12");
        assertThat(fact("vertices")).isEqualTo("24");
        assertThat(fact("draw-calls")).isEqualTo("1");
        // Monocle's software pipeline has no 3D: the preview falls back to the software renderer.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#model-still").tryQuery().isPresent()
                || robot.lookup("#model-subscene").tryQuery().isPresent());
        assertThat(robot.lookup("#preview-message").tryQuery()).isEmpty();
        // No 3D here: the poster comes from the software renderer.
        Path poster = files.resolve("poster.png");
        robot.interact(() -> view().savePoster(poster, 64));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(poster));
        assertThat(ImageIO.read(poster.toFile()).getWidth()).isEqualTo(64);
    }

    @Test
    void brokenModelListsItsIssuesAndCidMatchesTheCore() throws Exception {
        Path f = files.resolve("broken.gltf");
        Files.writeString(f, "{\"asset\":{\"version\":\"2.0\"},\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":3}}]}]}");
        open(f);
        List<Node> rows = List.copyOf(robot.lookup(".issue-row").queryAll());
        assertThat(rows).isNotEmpty();
        assertThat(robot.from(rows.get(0)).lookup("UNRESOLVED_REFERENCE").tryQuery()).isPresent();
        assertThat(robot.from(rows.get(0)).lookup("/meshes/0/primitives/0/attributes/POSITION").tryQuery()).isPresent();
        robot.interact(() -> robot.lookup("#asset-compute-cid").queryButton().fire());
        String expected = Cid.ofFile(f).toString();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(robot.lookup("#asset-cid").queryAs(TextField.class).getText()));
        robot.clickOn("#asset-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".empty-state").query().isVisible()).isTrue();
    }

    @Test
    void profileEditorTurnsTheFormIntoLimits() {
        BudgetProfile[] built = new BudgetProfile[1];
        robot.interact(() -> {
            ProfileEditor editor = new ProfileEditor(BuiltInProfiles.READY_PLAYER_ME_OUTFIT, true);
            javafx.scene.Node pane = editor.getDialogPane().getContent();
            ((javafx.scene.control.CheckBox) pane.lookup("#limit-media_type")).setSelected(true);
            ((TextField) pane.lookup("#limit-value-media_type")).setText("GLB, gltf");
            ((TextField) pane.lookup("#limit-value-triangles")).setText("7,500");
            built[0] = editor.build();
        });
        assertThat(built[0].name()).isEqualTo("Ready Player Me outfit (custom)");
        assertThat(built[0].builtIn()).isFalse();
        assertThat(built[0].limits()).contains(BudgetLimit.max(Metric.TRIANGLES, 7500), BudgetLimit.types("glb", "gltf"),
                BudgetLimit.flag(Metric.TEXTURES_SQUARE_POW2), BudgetLimit.max(Metric.TEXTURE_MAX_SIDE, 2048));
    }

    @Test
    void customProfilesAreOfferedAndSurviveARestart() throws Exception {
        robot.interact(() -> view().viewModel().saveProfile(new BudgetProfile("Mobile props", "", false,
                List.of(BudgetLimit.max(Metric.TRIANGLES, 10)))));
        GltfBuilder b = new GltfBuilder();
        b.node(b.cube(null), null);
        open(b.writeGlb(files.resolve("c.glb")));
        @SuppressWarnings("unchecked")
        ComboBox<BudgetProfile> combo = robot.lookup("#budget-profile").queryAs(ComboBox.class);
        assertThat(combo.getValue().name()).isEqualTo("Mobile props");
        assertThat(robot.lookup(".budget-badge.fail").queryAll()).hasSize(1);
        assertThat(fx.context().budgetProfiles().find("mobile props")).isPresent();
    }
}
