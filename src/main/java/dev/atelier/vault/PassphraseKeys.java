package dev.atelier.vault;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.db.Database;
import dev.atelier.vault.kdf.Argon2Params;
import dev.atelier.vault.kdf.Argon2id;
import dev.atelier.vault.kdf.KdfPolicy;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault header's key wrapping: Argon2id turns the passphrase into a key-encryption key that wraps
 * the master key. Every derived key is wiped as soon as it has been used.
 */
final class PassphraseKeys {
    /** The vault's own logger: these messages belong to the vault's lifecycle. */
    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);

    private final KdfPolicy policy;
    private final Argon2id argon2;

    PassphraseKeys(KdfPolicy policy, Argon2id argon2) {
        this.policy = policy;
        this.argon2 = argon2;
    }

    /** The policy's parameters for a new header, refused below the floor when the policy enforces it. */
    Argon2Params chooseParams(ProgressSink progress) {
        progress.message("Choosing key-derivation strength");
        Argon2Params params = policy.choose(argon2, progress);
        if (policy.enforcesFloor() && !params.meetsFloor()) {
            throw new IllegalStateException("Argon2id parameters below the floor: " + params.describe());
        }
        return params;
    }

    /** Derives the passphrase key and unwraps the master key (the caller wipes it); throws the uniform error. */
    byte[] unwrap(Supplier<Database> database, char[] passphrase, ProgressSink progress) {
        if (passphrase == null || passphrase.length == 0 || !Passphrases.wellFormed(passphrase)) {
            throw Passphrases.wrong();
        }
        VaultHeader header = database.get().read(VaultStore::header)
                .orElseThrow(() -> VaultHeader.damaged("the header row is missing"));
        header.verify();
        progress.message("Deriving the passphrase key (" + header.params().describe() + ")");
        byte[] kek = kek(passphrase, header.salt(), header.params());
        try {
            byte[] master = Vault.openOrNull(kek, header.wrappedKey(), header.wrapAad());
            if (master == null || master.length != SealedBox.KEY_BYTES) {
                throw Passphrases.wrong();
            }
            return master;
        } finally {
            Secrets.wipe(kek);
        }
    }

    /** A new header: the master key wrapped under the passphrase with a fresh salt. */
    VaultHeader wrap(byte[] master, char[] passphrase, Argon2Params params) {
        byte[] salt = new byte[VaultHeader.SALT_BYTES];
        Vault.RANDOM.nextBytes(salt);
        byte[] kek = kek(passphrase, salt, params);
        try {
            return VaultHeader.create(params, salt, SealedBox.seal(kek, master,
                    VaultHeader.wrapAad(VaultHeader.FORMAT, VaultHeader.KDF, Argon2Params.VERSION, params, salt)));
        } finally {
            Secrets.wipe(kek);
        }
    }

    /**
     * Replaces the header with the master key wrapped under {@code next} (new salt) in one transaction;
     * the new header is read back and unwrapped before it commits.
     */
    void rewrap(Database database, byte[] master, char[] next, Argon2Params params, ProgressSink progress) {
        progress.message("Deriving the new passphrase key (" + params.describe() + ")");
        byte[] salt = new byte[VaultHeader.SALT_BYTES];
        Vault.RANDOM.nextBytes(salt);
        byte[] kek = kek(next, salt, params);
        try {
            VaultHeader header = VaultHeader.create(params, salt,
                    SealedBox.seal(kek, master, VaultHeader.wrapAad(VaultHeader.FORMAT, VaultHeader.KDF,
                            Argon2Params.VERSION, params, salt)));
            database.write(c -> {
                VaultStore.replaceHeader(c, header, Vault.now());
                VaultHeader back = VaultStore.header(c).orElseThrow();
                back.verify();
                byte[] check = Vault.openOrNull(kek, back.wrappedKey(), back.wrapAad());
                boolean same = check != null && Arrays.equals(check, master);
                Secrets.wipe(check);
                if (!same) {
                    throw new SQLException("new header read back does not unwrap to the master key");
                }
                return null;
            });
        } finally {
            Secrets.wipe(kek);
        }
    }

    /**
     * Until a WAL checkpoint, vault.db still holds the old header page (and the -wal may hold earlier
     * ones): a copy of vault.db alone would open with the old passphrase. A TRUNCATE checkpoint writes
     * the new header over the old one in place and empties the -wal. If another connection (a second
     * Atelier process) keeps an old snapshot open the checkpoint cannot finish now; SQLite completes it
     * when the last connection closes, and we say so in the log.
     */
    static void purgeOldHeader(Database database) {
        try {
            int[] r = database.read(c -> {
                try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    return rs.next() ? new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)} : new int[] {1, -1, -1};
                }
            });
            if (r[0] != 0 || r[1] != r[2]) {
                LOG.warn("After the passphrase change the WAL checkpoint could not finish (busy={}, log={}, checkpointed={}): "
                        + "another process has vault.db open; the old header is overwritten when it closes", r[0], r[1], r[2]);
            }
        } catch (AtelierException e) {
            LOG.warn("After the passphrase change the WAL checkpoint failed; the old header is overwritten at the next one", e);
        }
    }

    private byte[] kek(char[] passphrase, byte[] salt, Argon2Params params) {
        byte[] pw = Secrets.passphraseBytes(passphrase);
        try {
            return argon2.derive(pw, salt, params, SealedBox.KEY_BYTES);
        } finally {
            Secrets.wipe(pw);
        }
    }
}
