package dev.atelier.chain.sandbox;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the anvil binary: the path set in Settings, then {@code PATH}, then the project's npm test
 * tools ({@code -Datelier.tools} or {@code src/test/tools/node_modules} under the working directory).
 */
public final class AnvilLocator {
    private final Supplier<String> setting;
    private final Map<String, String> env;
    private final List<Path> toolDirs;

    /** Searches the setting (read on every search), PATH, then the given folders (each holding {@code anvil}). */
    public AnvilLocator(Supplier<String> setting, Map<String, String> env, List<Path> toolDirs) {
        this.setting = setting;
        this.env = env;
        this.toolDirs = List.copyOf(toolDirs);
    }

    public AnvilLocator(String configured, Map<String, String> env, List<Path> toolDirs) {
        this(() -> configured, env, toolDirs);
    }

    /** The setting, PATH, then the project's npm test tools. */
    public AnvilLocator(String configured, Map<String, String> env) {
        this(() -> configured, env, npmToolDirs());
    }

    public AnvilLocator(Supplier<String> setting, Map<String, String> env) {
        this(setting, env, npmToolDirs());
    }

    private String configured() {
        String c = setting.get();
        return c == null ? "" : c.strip();
    }

    private static List<Path> npmToolDirs() {
        List<Path> dirs = new ArrayList<>();
        String tools = System.getProperty("atelier.tools");
        if (tools != null && !tools.isBlank()) {
            dirs.add(Path.of(tools, ".bin"));
        }
        dirs.add(Path.of("src", "test", "tools", "node_modules", ".bin"));
        return dirs;
    }

    public Optional<Path> locate() {
        for (Path p : candidates()) {
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** The configured path, if set, must exist: a wrong setting is reported, not silently skipped. */
    public Optional<String> configuredButMissing() {
        String configured = configured();
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        Path p = Path.of(configured);
        return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.empty() : Optional.of(configured);
    }

    List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String exe = isWindows() ? "anvil.exe" : "anvil";
        String configured = configured();
        if (!configured.isEmpty()) {
            out.add(Path.of(configured));
        }
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                out.add(Path.of(dir, exe));
            }
        }
        for (Path dir : toolDirs) {
            out.add(dir.resolve(exe));
        }
        return out;
    }

    /** How to get anvil on this machine, in one paragraph. */
    public static String installHint() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String platform = (os.contains("mac") ? "darwin" : isWindows() ? "win32" : "linux") + "-"
                + (arch.contains("aarch64") || arch.contains("arm64") ? "arm64" : "amd64");
        return "The local sandbox needs anvil (part of Foundry), which was not found. Install it with Node.js: "
                + "`npm install -g @foundry-rs/anvil-" + platform + "@1.7.1` — or with Foundry's installer "
                + "(foundryup) — then start the sandbox again. If anvil is somewhere else, choose it with "
                + "\"Choose anvil…\" on the Networks screen or put it on your PATH.";
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }
}
