package dev.atelier.app;

import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Atelier keeps its data: {@code --home DIR}, else {@code ATELIER_HOME}, else {@code ~/.atelier}.
 * The home and every directory under it are 0700; files are 0600.
 */
public final class AppPaths {
    public static final String HOME_ENV = "ATELIER_HOME";
    public static final String DEFAULT_DIR_NAME = ".atelier";

    private final Path home;

    private AppPaths(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    public static AppPaths at(Path home) {
        return new AppPaths(home);
    }

    /** Resolves the home from the command line option, the environment and the user's home, in that order. */
    public static AppPaths resolve(Path homeOption, Map<String, String> env) {
        if (homeOption != null) {
            return new AppPaths(homeOption);
        }
        String fromEnv = env.get(HOME_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new AppPaths(Path.of(fromEnv));
        }
        return new AppPaths(Path.of(System.getProperty("user.home"), DEFAULT_DIR_NAME));
    }

    public Path home() {
        return home;
    }

    /** The catalog, networks, transaction queue and settings. */
    public Path studioDb() {
        return home.resolve("studio.db");
    }

    /** Keys only (encrypted). */
    public Path vaultDb() {
        return home.resolve("vault.db");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path logFile() {
        return logs().resolve("atelier.log");
    }

    public Path cache() {
        return home.resolve("cache");
    }

    /** Held by the running GUI; see {@link InstanceLock}. */
    public Path guiLock() {
        return home.resolve("gui.lock");
    }

    /** Creates the home and its log and cache directories with owner-only permissions. */
    public AppPaths ensureCreated() {
        try {
            PrivateFiles.ensureDirectory(home);
            PrivateFiles.ensureDirectory(logs());
            PrivateFiles.ensureDirectory(cache());
            return this;
        } catch (IOException e) {
            throw new AtelierException("Cannot create the Atelier folder " + home
                    + ". Check that you can write there, or choose another with --home DIR or ATELIER_HOME.", e);
        }
    }

    @Override
    public String toString() {
        return home.toString();
    }
}
