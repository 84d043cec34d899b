package dev.atelier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.testing.FxApp;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ShellNavigationTest {
    @TempDir
    Path home;
    FxApp fx;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        fx = FxApp.start(home);
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void clickingANavButtonShowsThatScreen(Screen screen) {
        robot.clickOn("#nav-" + screen.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(screen);
    }

    @Test
    void ctrlDigitShortcutsSwitchToEveryScreenInOrder() {
        robot.clickOn("#nav-settings");
        for (Screen s : Screen.values()) {
            robot.press(KeyCode.CONTROL, s.shortcut()).release(s.shortcut(), KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertShown(s);
        }
    }

    @Test
    void screensNotYetFilledShowAnEmptyStateWithAnAction() {
        for (Screen s : new Screen[] {Screen.WALLET, Screen.SIGN, Screen.STUDIO, Screen.ASSETS, Screen.NETWORKS, Screen.ACTIVITY}) {
            robot.clickOn("#nav-" + s.id());
            WaitForAsyncUtils.waitForFxEvents();
            Node screen = robot.lookup("#screen-" + s.id()).query();
            Button action = robot.from(screen).lookup("#empty-action").queryButton();
            assertThat(action.getText()).isNotBlank();
            assertThat(robot.from(screen).lookup(".empty-state-text").queryAs(Label.class).getText())
                    .hasSizeGreaterThan(40).doesNotContainIgnoringCase("todo");
        }
    }

    @Test
    void headerShowsVaultStateAndSelectedNetwork() {
        assertThat(robot.lookup("#header-vault").queryButton().getText()).isEqualTo("No vault");
        assertThat(robot.lookup("#header-network").queryButton().getText()).isEqualTo("Local sandbox (31337)");
        robot.clickOn("#header-network");
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(Screen.NETWORKS);
    }

    @Test
    void f1OpensTheHelpPageOfTheCurrentScreen() {
        robot.clickOn("#nav-settings");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.app().help().isShowing()).isTrue();
        assertThat(robot.lookup("#help-page").queryAll()).isNotEmpty();
        assertThat(robot.lookup("Interface size").tryQuery()).isPresent();
    }

    @Test
    void ctrlLWithoutAVaultSaysThereIsNothingToLock() {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(n -> n instanceof atlantafx.base.controls.Notification notification
                && notification.getMessage().contains("no vault to lock")).tryQuery()).isPresent();
    }

    private void assertShown(Screen screen) {
        assertThat(fx.app().shell().current()).isEqualTo(screen);
        Node node = robot.lookup("#screen-" + screen.id()).query();
        assertThat(node.isVisible()).isTrue();
        assertThat(node.getScene()).isNotNull();
        assertThat(robot.lookup("#header-title").queryAs(Label.class).getText()).endsWith(screen.title());
        assertThat(robot.lookup("#nav-" + screen.id()).queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }
}
