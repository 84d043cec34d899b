package dev.atelier.ui.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.Standard;
import dev.atelier.studio.Verdict;
import dev.atelier.testing.FxApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Studio in the real window: create a collection → import CSV → edit an item → validate → package. */
class StudioFlowTest {
    @TempDir
    Path home;
    @TempDir
    Path work;
    FxApp fx;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        fx = FxApp.start(home);
        robot.clickOn("#nav-studio");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    StudioView view() {
        return robot.lookup("#screen-studio").queryAs(StudioView.class);
    }

    void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void type(String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    @Test
    void createImportEditValidatePackage() throws Exception {
        // Create a collection from the empty state.
        robot.clickOn("#empty-action");
        WaitForAsyncUtils.waitForFxEvents();
        type("#collection-name", "Ember Armory");
        type("#collection-symbol", "EMBER");
        robot.interact(() -> robot.lookup("#collection-standard").<Standard>queryComboBox().setValue(Standard.ERC1155));
        robot.interact(() -> robot.lookup("#collection-description").queryAs(javafx.scene.control.TextArea.class)
                .setText("Weapons forged in the ember mines."));
        robot.clickOn("#collection-save");
        WaitForAsyncUtils.waitForFxEvents();
        Collection c = fx.context().studio().collection("Ember Armory");
        assertThat(c.standard()).isEqualTo(Standard.ERC1155);
        assertThat(robot.lookup("#studio-title").queryAs(Label.class).getText()).isEqualTo("Ember Armory");

        // Import a CSV with the column-mapping dialog (Ctrl+I).
        Files.copy(Path.of("assets/images/iron-sword.png"), work.resolve("sword.png"));
        Path csv = Files.writeString(work.resolve("items.csv"), """
                name,description,image,supply,attr:Rarity,prop:damage:int
                Ember Sword,Hot to the touch.,sword.png,10,Epic,40
                Ash Shield,,sword.png,25,Common,0
                Cinder Bow,Quiet and warm.,sword.png,5,Rare,22
                """);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        type("#csv-path", csv.toString());
        robot.clickOn("#csv-read");
        assertThat(robot.lookup("#csv-target-4").queryComboBox().getValue().toString()).contains("Rarity");
        robot.clickOn("#csv-import");
        waitFor(() -> robot.lookup("#import-errors").tryQuery().isPresent() || robot.lookup("Every row was imported.").tryQuery().isPresent());
        assertThat(robot.lookup("Imported 3 items").tryQuery()).isPresent();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#studio-table").queryTableView();
        assertThat(table.getItems()).hasSize(3);

        // Search narrows the table.
        type("#studio-search", "cind");
        waitFor(() -> table.getItems().size() == 1);

        // Edit the second item: fix its missing description, then undo and redo.
        type("#studio-search", "");
        waitFor(() -> table.getItems().size() == 3);
        robot.interact(() -> table.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Item shield = view().editorModel().item();
        assertThat(shield.name()).isEqualTo("Ash Shield");
        assertThat(shield.verdict()).isEqualTo(Verdict.WARNINGS);
        robot.clickOn("#item-name");
        robot.interact(() -> robot.lookup("#item-name").queryAs(TextField.class).setText("Ash Tower Shield"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.context().studio().store().item(shield.id()).orElseThrow().name()).isEqualTo("Ash Tower Shield");
        assertThat(robot.lookup("#item-json").queryAs(javafx.scene.control.TextArea.class).getText()).contains("\"name\" : \"Ash Tower Shield\"");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.context().studio().store().item(shield.id()).orElseThrow().name()).isEqualTo("Ash Shield");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.context().studio().store().item(shield.id()).orElseThrow().name()).isEqualTo("Ash Tower Shield");
        robot.interact(() -> view().editorModel().apply(it -> it.withDescription("Holds back the cinders.")));
        Item fixed = fx.context().studio().store().item(shield.id()).orElseThrow();
        assertThat(fixed.verdict()).isEqualTo(Verdict.READY);

        // Validate: everything is ready now.
        robot.clickOn("#studio-validate");
        waitFor(() -> robot.lookup("#validation-verdict").tryQuery().isPresent());
        assertThat(robot.lookup("#validation-verdict").queryAs(Label.class).getText()).isEqualTo("Ready to package.");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof javafx.stage.Stage s && s.getTitle() != null
                && s.getTitle().equals("Validation")).toList().forEach(w -> ((javafx.stage.Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();

        // Package with a CAR file.
        robot.clickOn("#studio-package");
        WaitForAsyncUtils.waitForFxEvents();
        Path out = work.resolve("ember-package");
        type("#package-folder", out.toString());
        robot.clickOn("#package-write");
        waitFor(() -> robot.lookup("#package-base-uri").tryQuery().isPresent());
        String base = robot.lookup("#package-base-uri").queryAs(TextField.class).getText();
        assertThat(base).isEqualTo("ipfs://" + dev.atelier.studio.ReferenceCids.cid(out.resolve("metadata")) + "/");
        assertThat(out.resolve("metadata")).isDirectoryContaining(p -> p.getFileName().toString().matches("[0-9a-f]{64}\\.json"));
        assertThat(work.resolve("ember-package.car")).isRegularFile();
        assertThat(fx.context().studio().collection("Ember Armory").baseUri()).isEqualTo(base);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void emptyStateOpensTheDemoKitInOneClick() throws Exception {
        robot.clickOn("#empty-demo");
        waitFor(() -> !fx.context().studio().store().collections().isEmpty()
                && robot.lookup("#studio-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#studio-table").queryTableView();
        waitFor(() -> table.getItems().size() == 12);
        assertThat(robot.lookup("#studio-title").queryAs(Label.class).getText()).isEqualTo("Demo Armory");
        List<Item> items = fx.context().studio().store().allItems(view().viewModel().current().id());
        assertThat(items).allSatisfy(it -> assertThat(it.verdict()).isEqualTo(Verdict.READY));
        // The first item (Iron Sword) has a GLB model: the Preview tab shows it (a still under software rendering).
        robot.interact(() -> robot.lookup("#item-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .filter(t -> "item-preview-tab".equals(t.getId())).findFirst()
                .ifPresent(t -> t.getTabPane().getSelectionModel().select(t)));
        waitFor(() -> robot.lookup("#item-preview #asset-preview").tryQuery().isPresent()
                && (robot.lookup("#item-preview #model-still").tryQuery().isPresent()
                || robot.lookup("#item-preview .model-view-3d").tryQuery().isPresent()
                || robot.lookup("#item-preview #preview-image").tryQuery().isPresent()));
        // The thumbnail grid shows the same items.
        robot.clickOn("#studio-view-grid");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#studio-grid").queryAs(org.controlsfx.control.GridView.class).getItems()).hasSize(12);
    }
}
