package dev.atelier.app;

import dev.atelier.app.logging.Logging;
import dev.atelier.chain.Network;
import dev.atelier.chain.NetworkPresets;
import dev.atelier.chain.NetworkStore;
import dev.atelier.chain.Networks;
import dev.atelier.chain.RpcSecrets;
import dev.atelier.chain.sandbox.AnvilLocator;
import dev.atelier.chain.sandbox.Sandbox;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.chain.tx.TxStore;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import dev.atelier.db.SettingsStore;
import dev.atelier.vault.VaultState;
import java.nio.file.Files;

/**
 * The composition root: builds every core service once, by hand, with constructor injection, for
 * the desktop app and for the CLI alike. Nothing else creates services; nothing reaches them
 * through statics.
 */
public final class AppContext implements AutoCloseable {
    private final AppPaths paths;
    private final Database studioDb;
    private final Settings settings;
    private final Networks networks;
    private final TxQueue txQueue;

    private AppContext(AppPaths paths, Database studioDb, Settings settings) {
        this.paths = paths;
        this.studioDb = studioDb;
        this.settings = settings;
        // RPC URLs with API keys go to the vault's named secrets once the vault is wired in; until then they are refused.
        Sandbox sandbox = new Sandbox(paths.home().resolve("sandbox"),
                new AnvilLocator(() -> settings.get(Settings.ANVIL_PATH, ""), System.getenv()));
        this.networks = new Networks(new NetworkStore(studioDb), RpcSecrets.NONE, sandbox);
        this.txQueue = new TxQueue(new TxStore(studioDb), networks);
    }

    /** Creates the home if needed (0700), starts logging there, and opens {@code studio.db}. */
    public static AppContext open(AppPaths paths) {
        paths.ensureCreated();
        Logging.toFile(paths.logFile());
        Database db = Database.open(paths.studioDb(), MigrationSet.studio());
        return new AppContext(paths, db, new Settings(new SettingsStore(db)));
    }

    public AppPaths paths() {
        return paths;
    }

    public Database studioDb() {
        return studioDb;
    }

    public Settings settings() {
        return settings;
    }

    public VaultState vaultState() {
        return Files.exists(paths.vaultDb()) ? VaultState.LOCKED : VaultState.NONE;
    }

    public Network selectedNetwork() {
        return networks.byId(settings.selectedNetwork()).orElse(NetworkPresets.SANDBOX);
    }

    /** Presets, custom networks, and the local sandbox. */
    public Networks networks() {
        return networks;
    }

    /** The persisted transaction queue. */
    public TxQueue txQueue() {
        return txQueue;
    }

    @Override
    public void close() {
        studioDb.close();
    }
}
