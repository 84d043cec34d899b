package dev.atelier.vault;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.crypto.Signer;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import dev.atelier.vault.kdf.Argon2Params;
import dev.atelier.vault.kdf.Argon2id;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encrypted keystore in {@code vault.db} (format: docs/security.md). Locked, it knows only public
 * metadata (addresses, labels, paths); unlocking derives the passphrase key with Argon2id and unwraps
 * the master key, which every secret is sealed under. Locking forgets the master key. Accounts and
 * wallets live in {@link VaultKeys}, named secrets in {@link VaultSecrets}; backups in {@link VaultBackup}.
 */
public final class Vault implements SignerSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
    static final MigrationSet MIGRATIONS = MigrationSet.fromClasspath("dev/atelier/db/vault");
    static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final KdfPolicy policy;
    private final Argon2id argon2;
    private final PassphraseKeys passphraseKeys;
    private final List<Consumer<VaultState>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final VaultKeys keys = new VaultKeys(this);
    private final VaultSecrets secrets = new VaultSecrets(this);
    private final KeystoreTransfer keystores = new KeystoreTransfer(this);
    private final VaultReveal reveal = new VaultReveal(this);
    private Database db;
    /** Set by close(): late callers (a UI refresh queued by the final lock) see no vault instead of reopening vault.db. */
    private volatile boolean closed;
    private byte[] masterKey;
    private List<VaultDamage> damage = List.of();

    public Vault(Path file, KdfPolicy policy, Argon2id argon2) {
        this.file = file.toAbsolutePath();
        this.policy = policy;
        this.argon2 = argon2;
        this.passphraseKeys = new PassphraseKeys(policy, argon2);
    }

    public Path file() {
        return file;
    }

    public Argon2id argon2() {
        return argon2;
    }

    KdfPolicy policy() {
        return policy;
    }

    public boolean exists() {
        return !closed && Files.isRegularFile(file);
    }

    public synchronized VaultState state() {
        if (masterKey != null) {
            return VaultState.UNLOCKED;
        }
        return exists() ? VaultState.LOCKED : VaultState.NONE;
    }

    /** Called with the new state after create, unlock, lock and restore (on the thread that caused it). */
    public void addStateListener(Consumer<VaultState> listener) {
        listeners.add(listener);
    }

    /** Called after every committed change of accounts, wallets, labels, secrets or backup marks. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    /** One transaction on vault.db; listeners hear about it after it commits. */
    <T> T write(dev.atelier.db.SqlWork<T> work) {
        T result = database().write(work);
        changeListeners.forEach(Runnable::run);
        return result;
    }

    private void fire() {
        VaultState s = state();
        listeners.forEach(l -> l.accept(s));
    }

    // ---- lifecycle -------------------------------------------------------------------------

    /**
     * Creates the vault with a new random master key, wrapped under the passphrase. The file appears
     * complete or not at all (built under a temporary name, then renamed). Leaves the vault unlocked.
     */
    public Argon2Params create(char[] passphrase, ProgressSink progress) {
        Passphrases.checkNew(passphrase);
        if (exists()) {
            throw new AtelierException("A vault already exists at " + file + ". Unlock it, or restore a backup over it.");
        }
        Argon2Params params = passphraseKeys.chooseParams(progress);
        byte[] master = new byte[SealedBox.KEY_BYTES];
        RANDOM.nextBytes(master);
        try {
            NewVaultFile.write(file, () -> {
                progress.message("Deriving the passphrase key (" + params.describe() + ")");
                return passphraseKeys.wrap(master, passphrase, params);
            });
        } catch (RuntimeException e) {
            Secrets.wipe(master);
            throw e;
        }
        synchronized (this) {
            masterKey = master;
            damage = List.of();
        }
        LOG.info("Vault created ({})", params.describe());
        fire();
        return params;
    }

    /** Derives the passphrase key and unwraps the master key; then authenticates every sealed value. */
    public List<VaultDamage> unlock(char[] passphrase, ProgressSink progress) {
        byte[] master = unwrap(passphrase, progress);
        List<VaultDamage> found;
        try {
            found = database().read(c -> VaultIntegrity.verifyAll(c, master));
        } catch (RuntimeException | Error e) {
            Secrets.wipe(master); // the key never reaches the field, so nothing else would wipe it
            throw e;
        }
        synchronized (this) {
            if (masterKey != null) {
                Secrets.wipe(masterKey);
            }
            masterKey = master;
            damage = List.copyOf(found);
        }
        if (!found.isEmpty()) {
            LOG.warn("Vault unlocked with {} damaged entries: {}", found.size(), found);
        }
        fire();
        return found;
    }

    /** Forgets the master key. Signers handed out earlier stop working at once. */
    public void lock() {
        boolean was;
        synchronized (this) {
            was = masterKey != null;
            if (was) {
                Secrets.wipe(masterKey);
                masterKey = null;
            }
        }
        if (was) {
            LOG.info("Vault locked");
            fire();
        }
    }

    /**
     * Rewraps the master key under a new passphrase (new salt, parameters chosen by the policy) in one
     * transaction; the new header is read back and unwrapped before it commits.
     */
    public Argon2Params changePassphrase(char[] current, char[] next, ProgressSink progress) {
        Passphrases.checkNew(next);
        byte[] master = unwrap(current, progress);
        try {
            Argon2Params params = passphraseKeys.chooseParams(progress);
            passphraseKeys.rewrap(database(), master, next, params, progress);
            LOG.info("Vault passphrase changed ({})", params.describe());
            PassphraseKeys.purgeOldHeader(database());
            return params;
        } finally {
            Secrets.wipe(master);
        }
    }

    /** Checks a passphrase without changing state (before revealing a secret). Throws the uniform error. */
    public void verifyPassphrase(char[] passphrase, ProgressSink progress) {
        Secrets.wipe(unwrap(passphrase, progress));
    }

    public Optional<Argon2Params> kdfParams() {
        if (!exists()) {
            return Optional.empty();
        }
        return database().read(VaultStore::header).map(VaultHeader::params);
    }

    public VaultStatus status() {
        if (!exists()) {
            return new VaultStatus(VaultState.NONE, file.toString(), null, 0, 0, 0, null, 0, List.of());
        }
        return database().read(c -> {
            Argon2Params p = VaultStore.header(c).map(VaultHeader::params).orElse(null);
            int wallets = (int) VaultStore.scalar(c, "SELECT count(*) FROM hd_wallet");
            int accounts = (int) VaultStore.scalar(c, "SELECT count(*) FROM account");
            int secrets = (int) VaultStore.scalar(c, "SELECT count(*) FROM named_secret");
            Instant last = VaultStore.meta(c, VaultBackup.LAST_BACKUP_AT).map(Instant::parse).orElse(null);
            return new VaultStatus(state(), file.toString(), p, wallets, accounts, secrets, last,
                    VaultBackup.keysSinceBackup(c), damage());
        });
    }

    /** SQLite's {@code PRAGMA integrity_check} of vault.db: "ok" or the first problem found. */
    public String integrityCheck() {
        return database().read(VaultStore::integrityCheck);
    }

    public synchronized List<VaultDamage> damage() {
        return damage;
    }

    // ---- accounts, wallets, secrets (see VaultKeys, VaultSecrets) --------------------------

    public VaultKeys keys() {
        return keys;
    }

    /** Named secrets such as RPC URLs with API keys. */
    public VaultSecrets secrets() {
        return secrets;
    }

    /** Import and export of v3 keystore files. */
    public KeystoreTransfer keystores() {
        return keystores;
    }

    /** Private keys and recovery words shown to the user after the passphrase is checked again. */
    public VaultReveal reveal() {
        return reveal;
    }

    @Override
    public List<Account> accounts() {
        if (!exists()) {
            return List.of();
        }
        return database().read(c -> {
            List<Account> out = new ArrayList<>();
            for (VaultStore.AccountRow r : VaultStore.accounts(c)) {
                out.add(r.toAccount());
            }
            return out;
        });
    }

    public List<HdWallet> wallets() {
        return exists() ? keys.wallets() : List.of();
    }

    @Override
    public Signer signer(Address address) {
        Account account = accounts().stream().filter(a -> a.address().equals(address)).findFirst()
                .orElseThrow(() -> new AtelierException("The vault holds no account " + address
                        + ". Import its key or choose another account (atelier account list)."));
        if (!account.canSign()) {
            throw new AtelierException(address + " is a watch-only account: the vault has its address but not its key, "
                    + "so it cannot sign. Import the key to sign with it.");
        }
        requireUnlocked();
        // The sealed key is read once: a batch of signatures then costs one AES-GCM open each, not a
        // database read each. The key is still only decrypted inside signDigest and wiped after it;
        // locking the vault stops the signer (withMasterKey refuses).
        VaultStore.AccountRow row = keys.sealedRow(address);
        return new Signer() {
            @Override
            public Address address() {
                return address;
            }

            @Override
            public dev.atelier.crypto.Signature signDigest(byte[] digest32) {
                return keys.withPrivateKey(row, key -> Secp256k1.sign(digest32, key));
            }
        };
    }

    public void putSecret(String name, byte[] value) {
        secrets.put(name, value);
    }

    public Optional<byte[]> secret(String name) {
        return secrets.get(name);
    }

    public boolean deleteSecret(String name) {
        return secrets.delete(name);
    }

    // ---- backup ------------------------------------------------------------------------------

    public VaultBackup.Report backup(Path out, ProgressSink progress) {
        return VaultBackup.backup(this, out, progress);
    }

    /**
     * Replaces this vault's file with a verified copy of a backup (see {@link VaultBackup#restore}). The
     * vault is locked and closed only after the backup passed every check, so a failed restore (wrong
     * passphrase, bad file) leaves it exactly as it was, unlocked or not.
     */
    public VaultBackup.Restored restore(Path backup, char[] passphrase, boolean force, ProgressSink progress) {
        VaultBackup.Restored r = VaultBackup.restore(backup, file, passphrase, force, argon2, progress, () -> {
            lock();
            closeDatabase();
            markDamaged(List.of());
        });
        fire();
        return r;
    }

    // ---- internals shared with VaultKeys and VaultBackup -------------------------------------

    synchronized Database database() {
        if (db == null) {
            if (!exists()) {
                throw new AtelierException("There is no vault yet. Create one on the Wallet screen or with 'atelier vault init'.");
            }
            db = openDatabase(file);
        }
        return db;
    }

    static Database openDatabase(Path file) {
        Database d = Database.open(file, MIGRATIONS);
        d.read(c -> {
            try (Statement s = c.createStatement()) {
                // Freed pages are zeroed, temp tables stay in memory. (A rewritten page's old image lives on
                // in the main file until a checkpoint: see purgeOldHeader.)
                s.execute("PRAGMA secure_delete = ON");
                s.execute("PRAGMA temp_store = MEMORY");
            }
            return null;
        });
        return d;
    }

    synchronized void closeDatabase() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    /** Runs work with a copy of the master key (wiped afterwards); fails with the "locked" message. */
    <T> T withMasterKey(Function<byte[], T> work) {
        byte[] copy;
        synchronized (this) {
            if (masterKey == null) {
                throw locked();
            }
            copy = masterKey.clone();
        }
        try {
            return work.apply(copy);
        } finally {
            Secrets.wipe(copy);
        }
    }

    void requireUnlocked() {
        if (state() != VaultState.UNLOCKED) {
            throw locked();
        }
    }

    static AtelierException locked() {
        return new AtelierException("The vault is locked. Unlock it with your passphrase first.");
    }

    synchronized void markDamaged(List<VaultDamage> found) {
        damage = List.copyOf(found);
    }

    private byte[] unwrap(char[] passphrase, ProgressSink progress) {
        return passphraseKeys.unwrap(this::database, passphrase, progress);
    }

    static byte[] openOrNull(byte[] key, byte[] sealed, byte[] aad) {
        try {
            return SealedBox.open(key, sealed, aad);
        } catch (SealedBox.OpenFailure e) {
            return null;
        }
    }

    static String now() {
        return Instant.now().toString();
    }

    @Override
    public void close() {
        closed = true;
        lock();
        closeDatabase();
    }
}
