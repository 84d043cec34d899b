package dev.atelier.vault;

import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import dev.atelier.common.ProgressSink;
import dev.atelier.vault.kdf.Argon2id;
import dev.atelier.vault.kdf.KdfPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.sqlite.SQLiteConfig;

/**
 * Backups are SQLite {@code VACUUM INTO} copies: one consistent snapshot even while another
 * connection writes, still encrypted. A backup reports success only after the copy was opened,
 * passed {@code PRAGMA integrity_check}, carried the same wrapped master key, and every sealed value
 * in it decrypted. Restore verifies the same way (with the backup's passphrase) before it replaces
 * anything, and keeps the vault it replaces.
 */
public final class VaultBackup {
    static final String LAST_BACKUP_AT = "backup.last_at";
    static final String BACKUP_MARK = "backup.account_mark";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    public record Report(Path file, int wallets, int accounts, int secrets, long bytes) {
    }

    public record Restored(Path file, int wallets, int accounts, Path replacedVault) {
    }

    private VaultBackup() {
    }

    static Report backup(Vault vault, Path out, ProgressSink progress) {
        vault.requireUnlocked();
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new AtelierException("The folder for the backup does not exist: " + dir + ".");
        }
        if (target.equals(vault.file())) {
            throw new AtelierException("Choose a backup file other than the vault itself.");
        }
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            PrivateFiles.ensureFile(tmp);
            progress.message("Copying the vault");
            progress.progress(0, 3);
            VaultHeader live = vault.database().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, tmp.toString());
                    ps.execute();
                }
                return VaultStore.header(c).orElseThrow();
            });
            progress.message("Verifying the backup");
            progress.progress(1, 3);
            int[] counts = vault.withMasterKey(master -> verifyCopy(tmp, live, master));
            fsync(tmp);
            progress.progress(2, 3);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            vault.write(c -> {
                VaultStore.putMeta(c, LAST_BACKUP_AT, Instant.now().toString());
                VaultStore.putMeta(c, BACKUP_MARK, Long.toString(VaultStore.scalar(c, "SELECT coalesce(max(id), 0) FROM account")));
                return null;
            });
            progress.progress(3, 3);
            return new Report(target, counts[0], counts[1], counts[2], Files.size(target));
        } catch (IOException e) {
            throw new AtelierException("Could not write the backup to " + target + ". Check that the folder is writable "
                    + "and has free space.", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Accounts with keys added since the last backup (all of them if there was none). */
    static int keysSinceBackup(Connection c) throws SQLException {
        long mark = VaultStore.meta(c, BACKUP_MARK).map(Long::parseLong).orElse(0L);
        return (int) VaultStore.scalar(c, "SELECT count(*) FROM account WHERE kind IN ('HD', 'IMPORTED') AND id > " + mark);
    }

    /** Opens the copy read-only and checks it fully; returns {wallets, accounts, secrets}. */
    private static int[] verifyCopy(Path copy, VaultHeader live, byte[] master) {
        try (Connection c = readOnly(copy)) {
            String integrity = VaultStore.integrityCheck(c);
            if (!"ok".equals(integrity)) {
                throw new AtelierException("The backup copy failed SQLite's integrity check (" + integrity + "); nothing was written.");
            }
            VaultHeader h = VaultStore.header(c).orElseThrow(() -> new AtelierException("The backup copy has no vault header."));
            h.verify();
            if (!h.sameKeyMaterial(live)) {
                throw new AtelierException("The backup copy's key header differs from the vault's; nothing was written. Try again.");
            }
            byte[] check = Vault.openOrNull(master, h.wrappedKey(), h.wrapAad());
            Secrets.wipe(check);
            List<VaultDamage> damage = VaultKeys.verifyAll(c, master);
            if (!damage.isEmpty()) {
                throw new AtelierException("The backup copy has entries that do not decrypt (" + damage.get(0).describe()
                        + "); nothing was written.");
            }
            return new int[] {VaultStore.wallets(c).size(), VaultStore.accounts(c).size(), VaultStore.secrets(c).size()};
        } catch (SQLException e) {
            throw new AtelierException("The backup copy could not be read back; nothing was written.", e);
        }
    }

    /**
     * Verifies a backup with its passphrase (integrity check, header, every sealed value) and only then
     * puts it in place of {@code target}. An existing vault is refused unless {@code force}; with force it
     * is kept beside the new one as {@code vault.db.replaced-<time>}.
     */
    static Restored restore(Path backup, Path target, char[] passphrase, boolean force, Argon2id argon2, ProgressSink progress) {
        Path source = backup.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new AtelierException("No backup file at " + source + ".");
        }
        checkMagic(source);
        boolean exists = Files.exists(target);
        if (exists && !force) {
            throw new AtelierException("A vault already exists at " + target + ". Restoring would replace it: run again with "
                    + "--force (the current vault is kept as vault.db.replaced-<time>), or restore into another --home.");
        }
        Path wal = target.resolveSibling(target.getFileName() + "-wal");
        if (exists && Files.exists(wal)) {
            throw new AtelierException("The current vault is open in another Atelier window or command. Close it and try again.");
        }
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".restoring");
        try {
            PrivateFiles.ensureDirectory(target.toAbsolutePath().getParent());
            PrivateFiles.ensureFile(tmp);
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            int wallets;
            int accounts;
            try (Vault candidate = new Vault(tmp, KdfPolicy.floor(), argon2)) {
                progress.message("Checking the backup");
                String integrity = candidate.database().read(VaultStore::integrityCheck);
                if (!"ok".equals(integrity)) {
                    throw new AtelierException("The backup failed SQLite's integrity check (" + integrity + "). Nothing was restored.");
                }
                List<VaultDamage> damage = candidate.unlock(passphrase, progress);
                if (!damage.isEmpty()) {
                    throw new AtelierException("The backup has entries that do not decrypt (" + damage.get(0).describe()
                            + "). Nothing was restored.");
                }
                wallets = candidate.wallets().size();
                accounts = candidate.accounts().size();
            }
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-wal"));
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-shm"));
            fsync(tmp);
            Path replaced = null;
            if (exists) {
                replaced = target.resolveSibling(target.getFileName() + ".replaced-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()));
                Files.createLink(replaced, target);
                deleteQuietly(target.resolveSibling(target.getFileName() + "-shm"));
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Restored(target, wallets, accounts, replaced);
        } catch (IOException e) {
            throw new AtelierException("Could not restore the backup into " + target + ". Check the folder's permissions and free space.", e);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-wal"));
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-shm"));
        }
    }

    private static void checkMagic(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n != head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new AtelierException(file.getFileName() + " is not an Atelier vault backup (not an SQLite database).");
            }
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + file + ".", e);
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file holds only encrypted data; it is removed next time
        }
    }

}
