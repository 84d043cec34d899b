package dev.atelier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import dev.atelier.db.SettingsStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;
    Database db;
    Settings settings;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("studio.db"), MigrationSet.studio());
        settings = new Settings(new SettingsStore(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void defaultsForAFreshHome() {
        assertThat(settings.theme()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(settings.uiScale()).isEqualTo(1.0);
        assertThat(settings.autoLockMinutes()).isEqualTo(10);
        assertThat(settings.selectedNetwork()).isEqualTo("sandbox");
        assertThat(settings.window()).isEqualTo(WindowBounds.defaults());
    }

    @Test
    void handEditedNonsenseFallsBackOrIsClampedInsteadOfBreakingTheApp() {
        settings.put(Settings.THEME, "purple");
        settings.put(Settings.UI_SCALE, "9000");
        settings.put(Settings.AUTO_LOCK_MINUTES, "-5");
        settings.put(Settings.WINDOW, "1,2,3");
        assertThat(settings.theme()).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(settings.uiScale()).isEqualTo(Settings.MAX_SCALE);
        assertThat(settings.autoLockMinutes()).isZero();
        assertThat(settings.window()).isEqualTo(WindowBounds.defaults());
        settings.put(Settings.WINDOW, "10,20,300,200,false");
        assertThat(settings.window().width()).isEqualTo(WindowBounds.MIN_WIDTH);
        assertThat(settings.window().height()).isEqualTo(WindowBounds.MIN_HEIGHT);
    }

    @Test
    void scaleOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> settings.setUiScale(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.setUiScale(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listenersHearEveryChange() {
        List<String> heard = new ArrayList<>();
        settings.addListener((k, v) -> heard.add(k + "=" + v));
        settings.setSelectedNetwork("polygon");
        settings.setTheme(ThemeChoice.DARK);
        assertThat(heard).containsExactly("network.selected=polygon", "ui.theme=DARK");
    }

    @Test
    void windowBoundsRoundTrip() {
        settings.setWindow(new WindowBounds(10, 20, 1200, 700, true));
        assertThat(settings.window()).isEqualTo(new WindowBounds(10, 20, 1200, 700, true));
    }
}
