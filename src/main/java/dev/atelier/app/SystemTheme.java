package dev.atelier.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads the desktop's light/dark preference where the platform exposes one: GTK_THEME, GNOME's
 * {@code color-scheme}, macOS's AppleInterfaceStyle, Windows' AppsUseLightTheme. Empty when unknown.
 */
public final class SystemTheme {
    private SystemTheme() {
    }

    public static Optional<Boolean> prefersDark(Map<String, String> env) {
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isEmpty()) {
            return Optional.of(gtkTheme.toLowerCase(Locale.ROOT).contains("dark"));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).map(s -> s.contains("Dark"));
        }
        if (os.contains("win")) {
            return run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(s -> s.contains("0x0"));
        }
        Optional<String> scheme = run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("dark")) {
            return Optional.of(true);
        }
        return run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(s -> s.toLowerCase(Locale.ROOT).contains("dark"));
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
