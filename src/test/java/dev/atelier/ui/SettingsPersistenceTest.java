package dev.atelier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.ThemeChoice;
import dev.atelier.testing.FxApp;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class SettingsPersistenceTest {
    @TempDir
    Path home;
    final FxRobot robot = new FxRobot();

    @Test
    void themeScaleAndWindowSizeSurviveARestart() throws Exception {
        try (FxApp fx = FxApp.start(home)) {
            assertThat(fx.app().theme().darkProperty().get()).isFalse();
            robot.clickOn("#nav-settings");
            robot.clickOn("#theme-choice").clickOn("Dark");
            robot.clickOn("#ui-scale").clickOn("125 %");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx.app().theme().darkProperty().get()).isTrue();
            assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-dark");
            assertThat(fx.app().shellView().getStyle()).contains("17.50px");
            robot.interact(() -> {
                fx.stage().setWidth(1111);
                fx.stage().setHeight(777);
            });
        }

        try (FxApp fx = FxApp.start(home)) {
            assertThat(fx.app().theme().darkProperty().get()).isTrue();
            assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-dark");
            assertThat(fx.app().shellView().getStyle()).contains("17.50px");
            assertThat(fx.stage().getWidth()).isEqualTo(1111);
            assertThat(fx.stage().getHeight()).isEqualTo(777);
            robot.clickOn("#nav-settings");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#theme-choice").<ComboBox<ThemeChoice>>query().getValue()).isEqualTo(ThemeChoice.DARK);
            assertThat(robot.lookup("#ui-scale").<ComboBox<Double>>query().getValue()).isEqualTo(1.25);
            // and back to light, which must also stick
            robot.clickOn("#theme-choice").clickOn("Light");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-light");
        }
        try (FxApp fx = FxApp.start(home)) {
            assertThat(fx.app().theme().darkProperty().get()).isFalse();
        }
    }
}
