package dev.atelier.app;

import dev.atelier.db.SettingsStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * The user's preferences, persisted in {@code studio.db} so they survive restarts. Typed accessors
 * for the common ones; bounded so a hand-edited database cannot make the app unusable.
 */
public final class Settings {
    public static final String THEME = "ui.theme";
    public static final String UI_SCALE = "ui.scale";
    public static final String WINDOW = "ui.window";
    public static final String AUTO_LOCK_MINUTES = "vault.autoLockMinutes";
    public static final String SELECTED_NETWORK = "network.selected";
    /** Full path of the anvil binary for the local sandbox; empty = search PATH and the npm test tools. */
    public static final String ANVIL_PATH = "sandbox.anvilPath";

    public static final double MIN_SCALE = 0.75;
    public static final double MAX_SCALE = 2.0;
    public static final List<Double> SCALE_STEPS = List.of(0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0);
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 10;
    public static final String DEFAULT_NETWORK = "sandbox";

    private final SettingsStore store;
    private final List<BiConsumer<String, String>> listeners = new CopyOnWriteArrayList<>();

    public Settings(SettingsStore store) {
        this.store = store;
    }

    public String get(String key, String fallback) {
        return store.get(key).orElse(fallback);
    }

    public void put(String key, String value) {
        store.put(key, value);
        listeners.forEach(l -> l.accept(key, value));
    }

    /** Called after every change with the key and its new value. */
    public void addListener(BiConsumer<String, String> listener) {
        listeners.add(listener);
    }

    public int getInt(String key, int fallback, int min, int max) {
        try {
            int v = Integer.parseInt(get(key, Integer.toString(fallback)).trim());
            return Math.max(min, Math.min(max, v));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public double getDouble(String key, double fallback, double min, double max) {
        try {
            double v = Double.parseDouble(get(key, Double.toString(fallback)).trim());
            return Double.isFinite(v) ? Math.max(min, Math.min(max, v)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public ThemeChoice theme() {
        try {
            return ThemeChoice.valueOf(get(THEME, ThemeChoice.SYSTEM.name()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ThemeChoice.SYSTEM;
        }
    }

    public void setTheme(ThemeChoice theme) {
        put(THEME, theme.name());
    }

    public double uiScale() {
        return getDouble(UI_SCALE, 1.0, MIN_SCALE, MAX_SCALE);
    }

    public void setUiScale(double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("UI scale must be between " + MIN_SCALE + " and " + MAX_SCALE);
        }
        put(UI_SCALE, Double.toString(scale));
    }

    public int autoLockMinutes() {
        return getInt(AUTO_LOCK_MINUTES, DEFAULT_AUTO_LOCK_MINUTES, 0, 24 * 60);
    }

    public void setAutoLockMinutes(int minutes) {
        put(AUTO_LOCK_MINUTES, Integer.toString(Math.max(0, Math.min(24 * 60, minutes))));
    }

    public String selectedNetwork() {
        return get(SELECTED_NETWORK, DEFAULT_NETWORK);
    }

    public void setSelectedNetwork(String id) {
        put(SELECTED_NETWORK, id);
    }

    public WindowBounds window() {
        String[] p = get(WINDOW, "").split(",");
        if (p.length != 5) {
            return WindowBounds.defaults();
        }
        try {
            double w = Math.max(WindowBounds.MIN_WIDTH, Double.parseDouble(p[2]));
            double h = Math.max(WindowBounds.MIN_HEIGHT, Double.parseDouble(p[3]));
            return new WindowBounds(Double.parseDouble(p[0]), Double.parseDouble(p[1]), w, h, Boolean.parseBoolean(p[4]));
        } catch (NumberFormatException e) {
            return WindowBounds.defaults();
        }
    }

    public void setWindow(WindowBounds b) {
        put(WINDOW, String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", b.x(), b.y(), b.width(), b.height(), b.maximized()));
    }
}
