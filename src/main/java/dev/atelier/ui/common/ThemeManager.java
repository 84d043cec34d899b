package dev.atelier.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.atelier.app.ThemeChoice;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/**
 * Applies the AtlantaFX theme (Primer light or dark) and the UI scale. Scale works through the root
 * font size: AtlantaFX and our stylesheet size controls in em, so everything grows together.
 */
public final class ThemeManager {
    public static final double BASE_FONT_PX = 14;
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final boolean systemPrefersDark;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(false);
    private double scale = 1.0;

    public ThemeManager(boolean systemPrefersDark) {
        this.systemPrefersDark = systemPrefersDark;
    }

    public void applyTheme(ThemeChoice choice) {
        boolean isDark = switch (choice) {
            case SYSTEM -> systemPrefersDark;
            case LIGHT -> false;
            case DARK -> true;
        };
        Application.setUserAgentStylesheet(isDark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        dark.set(isDark);
    }

    /** Applies the scale to a window's root (call again for every new window root). */
    public void applyScale(Parent root, double newScale) {
        this.scale = newScale;
        styleRoot(root);
    }

    /** Gives a secondary window (dialogs, help) the current scale and dark flag. */
    public void styleRoot(Parent root) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT_PX * scale));
        root.pseudoClassStateChanged(DARK, dark.get());
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public double scale() {
        return scale;
    }
}
