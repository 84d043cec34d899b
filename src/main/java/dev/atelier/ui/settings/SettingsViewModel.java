package dev.atelier.ui.settings;

import dev.atelier.app.Settings;
import dev.atelier.app.ThemeChoice;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Preferences as properties: every change is saved at once and announced to whoever applies it
 * (the theme manager listens to theme and scale).
 */
public final class SettingsViewModel {
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> scale = new SimpleObjectProperty<>();
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty();

    public SettingsViewModel(Settings settings) {
        theme.set(settings.theme());
        scale.set(settings.uiScale());
        autoLockMinutes.set(settings.autoLockMinutes());
        theme.addListener((o, a, b) -> {
            if (b != null) {
                settings.setTheme(b);
            }
        });
        scale.addListener((o, a, b) -> {
            if (b != null) {
                settings.setUiScale(b);
            }
        });
        autoLockMinutes.addListener((o, a, b) -> settings.setAutoLockMinutes(b.intValue()));
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public ObjectProperty<Double> scaleProperty() {
        return scale;
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }
}
