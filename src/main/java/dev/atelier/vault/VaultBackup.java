package dev.atelier.vault;

import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import dev.atelier.common.ProgressSink;
import dev.atelier.vault.kdf.Argon2id;
import dev.atelier.vault.kdf.KdfPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
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
import java.sql.Statement;
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
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new AtelierException("The folder for the backup does not exist: " + dir + ".");
        }
        if (isVaultFile(target, vault.file())) {
            throw new AtelierException("Choose a backup file other than the vault itself (or its -wal/-shm files): "
                    + target.getFileName() + " is the live vault.");
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
            PrivateFiles.syncDirectory(target.toAbsolutePath().getParent());
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

    /**
     * True when writing {@code target} would replace the live vault or one of its side files, however the
     * path is spelled (./, .., symlinks). Moving a copy over the open database would send later writes
     * to the replaced inode and pair the live -wal with a file of another page layout.
     */
    private static boolean isVaultFile(Path target, Path vaultFile) {
        for (Path p : new Path[] {vaultFile, sidecar(vaultFile, "-wal"), sidecar(vaultFile, "-shm"), sidecar(vaultFile, "-journal")}) {
            if (target.equals(p.toAbsolutePath().normalize())) {
                return true;
            }
            try {
                if (Files.exists(target) && Files.exists(p) && Files.isSameFile(target, p)) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
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
     * Verifies a backup with its passphrase (size, integrity check, schema, header, every sealed value)
     * and only then puts it in place of {@code target}. An existing vault is refused unless {@code force};
     * with force it is kept beside the new one as {@code vault.db.replaced-<time>}. {@code beforeSwap}
     * runs once the backup has passed every check, just before the files change (the caller locks and
     * closes its own connection there), so a wrong passphrase or a bad file changes nothing at all.
     */
    static Restored restore(Path backup, Path target, char[] passphrase, boolean force, Argon2id argon2, ProgressSink progress,
                            Runnable beforeSwap) {
        Path source = backup.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new AtelierException("No backup file at " + source + ".");
        }
        String name = source.getFileName().toString();
        checkHeader(source, name);
        boolean exists = Files.exists(target);
        if (exists && !force) {
            throw new AtelierException("A vault already exists at " + target + ". Restoring would replace it: run again with "
                    + "--force (the current vault is kept as vault.db.replaced-<time>), or restore into another --home.");
        }
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".restoring");
        try {
            PrivateFiles.ensureDirectory(target.toAbsolutePath().getParent());
            PrivateFiles.ensureFile(tmp);
            // Into the 0600 file made above (Files.copy would give the copy the backup's own permissions).
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Files.copy(source, out);
            }
            progress.message("Checking the backup");
            checkIsVault(tmp, name);
            int wallets;
            int accounts;
            try (Vault candidate = new Vault(tmp, KdfPolicy.floor(), argon2)) {
                List<VaultDamage> damage = candidate.unlock(passphrase, progress);
                if (!damage.isEmpty()) {
                    throw new AtelierException("The backup has entries that do not decrypt (" + damage.get(0).describe()
                            + "). Nothing was restored.");
                }
                wallets = candidate.wallets().size();
                accounts = candidate.accounts().size();
            }
            deleteQuietly(sidecar(tmp, "-wal"));
            deleteQuietly(sidecar(tmp, "-shm"));
            fsync(tmp);
            beforeSwap.run();
            Path replaced = null;
            if (exists) {
                settleOrRefuse(target);
                replaced = target.resolveSibling(target.getFileName() + ".replaced-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now()));
                Files.createLink(replaced, target);
            }
            // No database owns these any more: paired with the restored file, SQLite would replay a log
            // written for another database into it.
            Files.deleteIfExists(sidecar(target, "-wal"));
            Files.deleteIfExists(sidecar(target, "-shm"));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.syncDirectory(target.toAbsolutePath().getParent());
            return new Restored(target, wallets, accounts, replaced);
        } catch (IOException e) {
            throw new AtelierException("Could not restore the backup into " + target + ". Check the folder's permissions and free space.", e);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(sidecar(tmp, "-wal"));
            deleteQuietly(sidecar(tmp, "-shm"));
        }
    }

    /**
     * The vault being replaced may still have a -wal: from another Atelier process that has it open
     * (refuse), or left by one that crashed (a checkpoint folds the log into vault.db, so the kept copy
     * is complete, and SQLite removes the -wal when the last connection closes).
     */
    private static void settleOrRefuse(Path target) {
        Path wal = sidecar(target, "-wal");
        if (!Files.exists(wal)) {
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 2000");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new AtelierException("The current vault is in use by another Atelier window or command. Close it and try again.", e);
        }
        if (Files.exists(wal)) {
            throw new AtelierException("The current vault is open in another Atelier window or command. Close it and try again.");
        }
    }

    private static Path sidecar(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    /**
     * The SQLite file header (https://www.sqlite.org/fileformat2.html#the_database_header): the magic,
     * and a length that is a whole number of pages and not shorter than the page count the header
     * records (a backup cut short by a failed copy or download).
     */
    private static void checkHeader(Path file, String name) {
        byte[] head = new byte[100];
        long length;
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            length = Files.size(file);
            if (n < SQLITE_MAGIC.length || !Arrays.equals(Arrays.copyOf(head, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                throw new AtelierException(name + " is not an Atelier vault backup (not an SQLite database).");
            }
            if (n < head.length) {
                throw truncated(name);
            }
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + file + ".", e);
        }
        int pageSize = ((head[16] & 0xff) << 8) | (head[17] & 0xff);
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new AtelierException(name + " is damaged: its SQLite header is not valid. Use another backup.");
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        long pages = b.getInt(28) & 0xffffffffL;
        boolean pagesValid = pages != 0 && b.getInt(24) == b.getInt(92);
        if (length % pageSize != 0 || (pagesValid && length < pages * pageSize)) {
            throw truncated(name);
        }
    }

    private static AtelierException truncated(String name) {
        return new AtelierException(name + " is incomplete (the file was cut short, e.g. by an interrupted copy). "
                + "Nothing was restored; copy the backup again or use another one.");
    }

    /** A read-only look at the copy before the vault code (and its migrations) touch it. */
    private static void checkIsVault(Path copy, String name) {
        try (Connection c = readOnly(copy)) {
            String integrity = VaultStore.integrityCheck(c);
            if (!"ok".equals(integrity)) {
                throw new AtelierException(name + " failed SQLite's integrity check (" + integrity + "). Nothing was restored; "
                        + "use another backup.");
            }
            long version = VaultStore.scalar(c, "PRAGMA user_version");
            if (version > Vault.MIGRATIONS.latestVersion()) {
                throw new AtelierException(name + " was written by a newer version of Atelier (vault schema " + version
                        + "). Update Atelier to restore it.");
            }
            if (VaultStore.scalar(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'vault_header'") == 0
                    || VaultStore.scalar(c, "SELECT count(*) FROM vault_header") != 1) {
                throw new AtelierException(name + " is an SQLite database but not an Atelier vault backup. Nothing was restored.");
            }
        } catch (SQLException e) {
            throw new AtelierException(name + " is damaged or is not an Atelier vault backup. Nothing was restored.", e);
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
