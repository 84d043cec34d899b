package dev.atelier.app;

import dev.atelier.app.logging.Logging;
import dev.atelier.asset.AssetInspector;
import dev.atelier.asset.Thumbnails;
import dev.atelier.asset.budget.BudgetProfiles;
import dev.atelier.chain.ContactStore;
import dev.atelier.chain.Network;
import dev.atelier.chain.NetworkPresets;
import dev.atelier.chain.NetworkStore;
import dev.atelier.chain.Networks;
import dev.atelier.chain.VaultRpcSecrets;
import dev.atelier.chain.sandbox.AnvilLocator;
import dev.atelier.chain.sandbox.Sandbox;
import dev.atelier.chain.tx.TxQueue;
import dev.atelier.chain.tx.TxStore;
import dev.atelier.db.BudgetProfileStore;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import dev.atelier.db.SettingsStore;
import dev.atelier.studio.Studio;
import dev.atelier.signing.ChainDirectory;
import dev.atelier.vault.Vault;
import dev.atelier.vault.VaultState;
import dev.atelier.vault.kdf.Argon2id;
import dev.atelier.vault.kdf.KdfPolicy;
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
    private Studio studio;
    private final Networks networks;
    private final TxQueue txQueue;
    private final KdfPolicy vaultKdf;
    private Vault vault;
    private AssetInspector assetInspector;
    private BudgetProfiles budgetProfiles;
    private Thumbnails thumbnails;
    private ContactStore contacts;

    private AppContext(AppPaths paths, Database studioDb, Settings settings, KdfPolicy vaultKdf) {
        this.paths = paths;
        this.studioDb = studioDb;
        this.settings = settings;
        // RPC URLs with API keys live in the vault's named secrets, never in studio.db.
        Sandbox sandbox = new Sandbox(paths.home().resolve("sandbox"),
                new AnvilLocator(() -> settings.get(Settings.ANVIL_PATH, ""), System.getenv()));
        this.networks = new Networks(new NetworkStore(studioDb), new VaultRpcSecrets(this::vault), sandbox);
        this.txQueue = new TxQueue(new TxStore(studioDb), networks);
        this.vaultKdf = vaultKdf;
    }

    /** Creates the home if needed (0700), starts logging there, and opens {@code studio.db}. */
    public static AppContext open(AppPaths paths) {
        return open(paths, KdfPolicy.calibrated());
    }

    /** As {@link #open(AppPaths)}, with the Argon2id policy for new vaults (tests pass a cheaper one). */
    public static AppContext open(AppPaths paths, KdfPolicy vaultKdf) {
        paths.ensureCreated();
        Logging.toFile(paths.logFile());
        Database db = Database.open(paths.studioDb(), MigrationSet.studio());
        return new AppContext(paths, db, new Settings(new SettingsStore(db)), vaultKdf);
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

    /** The Studio catalog over {@code studio.db} (built on first use). */
    public synchronized Studio studio() {
        if (studio == null) {
            studio = new Studio(studioDb, new dev.atelier.studio.AssetMediaCheck(assetInspector()),
                    new dev.atelier.studio.packaging.AssetCids());
        }
        return studio;
    }

    /** Inspects, validates and budget-checks asset files (headless). */
    public synchronized AssetInspector assetInspector() {
        if (assetInspector == null) {
            assetInspector = new AssetInspector();
        }
        return assetInspector;
    }

    /** Built-in and custom (studio.db) budget profiles. */
    public synchronized BudgetProfiles budgetProfiles() {
        if (budgetProfiles == null) {
            budgetProfiles = new BudgetProfiles(new BudgetProfileStore(studioDb));
        }
        return budgetProfiles;
    }

    /** Cached PNG thumbnails of images and models under {@code <home>/cache/thumbnails}. */
    public synchronized Thumbnails thumbnails() {
        if (thumbnails == null) {
            thumbnails = new Thumbnails(paths.cache(), assetInspector());
        }
        return thumbnails;
    }

    /** The address book (signer). */
    public synchronized ContactStore contacts() {
        if (contacts == null) {
            contacts = new ContactStore(studioDb);
        }
        return contacts;
    }

    /** Network names and currencies by chain id, for the signer's review. */
    public ChainDirectory chainDirectory() {
        return chainId -> NetworkPresets.byChainId(chainId).map(n -> new ChainDirectory.ChainLabel(n.name(), n.currency()));
    }

    /** The vault (also the app's {@code SignerSource}); {@code vault.db} is only created when the user creates a vault. */
    public synchronized Vault vault() {
        if (vault == null) {
            vault = new Vault(paths.vaultDb(), vaultKdf, Argon2id.best());
        }
        return vault;
    }

    public synchronized VaultState vaultState() {
        if (vault != null) {
            return vault.state();
        }
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
        synchronized (this) {
            if (vault != null) {
                vault.close();
            }
        }
        studioDb.close();
    }
}
