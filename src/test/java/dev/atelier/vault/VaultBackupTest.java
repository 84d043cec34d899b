package dev.atelier.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.common.ProgressSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultBackupTest {
    @TempDir
    Path dir;

    @Test
    void backupIsAVerifiedEncryptedCopyAndResetsTheReminder() throws Exception {
        Path backup = dir.resolve("b.vault");
        try (Vault v = TestVaults.created(dir)) {
            v.keys().importPrivateKey(VaultTest.key(1), "one");
            v.keys().addSandboxAccounts(1);
            v.keys().watch(dev.atelier.crypto.Address.parse("0x" + "ab".repeat(20)), "w");
            assertThat(v.status().keysSinceBackup()).isEqualTo(1);
            assertThat(v.status().lastBackup()).isNull();
            VaultBackup.Report r = v.backup(backup, ProgressSink.NONE);
            assertThat(r.accounts()).isEqualTo(3);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
            assertThat(v.status().keysSinceBackup()).isZero();
            assertThat(v.status().lastBackup()).isNotNull();
            v.keys().importPrivateKey(VaultTest.key(2), "two");
            assertThat(v.status().keysSinceBackup()).isEqualTo(1);
            v.lock();
            assertThatThrownBy(() -> v.backup(dir.resolve("c.vault"), ProgressSink.NONE)).hasMessageContaining("locked");
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial"));
        Path other = Files.createDirectories(dir.resolve("restore-here"));
        Vault fresh = TestVaults.at(other.resolve("vault.db"));
        VaultBackup.Restored restored = fresh.restore(backup, TestVaults.PASSPHRASE.toCharArray(), false, ProgressSink.NONE);
        assertThat(restored.accounts()).isEqualTo(3);
        assertThat(fresh.state()).isEqualTo(VaultState.LOCKED);
        fresh.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
        assertThat(fresh.reveal().revealPrivateKey(fresh.accounts().get(0).address(), TestVaults.PASSPHRASE.toCharArray(),
                ProgressSink.NONE)).isEqualTo(VaultTest.key(1));
        fresh.close();
    }

    @Test
    void restoreRefusesToOverwriteWithoutForceAndKeepsTheReplacedVault() throws Exception {
        Path backup = dir.resolve("b.vault");
        Path a = Files.createDirectories(dir.resolve("a"));
        try (Vault v = TestVaults.created(a)) {
            v.keys().importPrivateKey(VaultTest.key(1), "from backup");
            v.backup(backup, ProgressSink.NONE);
        }
        Path b = Files.createDirectories(dir.resolve("b"));
        try (Vault v = TestVaults.created(b)) {
            v.keys().importPrivateKey(VaultTest.key(2), "current");
            assertThatThrownBy(() -> v.restore(backup, TestVaults.PASSPHRASE.toCharArray(), false, ProgressSink.NONE))
                    .hasMessageContaining("A vault already exists").hasMessageContaining("--force");
            assertThatThrownBy(() -> v.restore(backup, "wrong passphrase!".toCharArray(), true, ProgressSink.NONE))
                    .hasMessage(Passphrases.WRONG);
            assertThat(v.accounts()).extracting(Account::label).containsExactly("current");
            VaultBackup.Restored r = v.restore(backup, TestVaults.PASSPHRASE.toCharArray(), true, ProgressSink.NONE);
            assertThat(v.accounts()).extracting(Account::label).containsExactly("from backup");
            assertThat(r.replacedVault()).exists();
            try (Vault old = TestVaults.at(r.replacedVault())) {
                old.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
                assertThat(old.accounts()).extracting(Account::label).containsExactly("current");
            }
        }
        Files.writeString(dir.resolve("junk.vault"), "not a database");
        Vault x = TestVaults.at(dir.resolve("x/vault.db"));
        assertThatThrownBy(() -> x.restore(dir.resolve("junk.vault"), TestVaults.PASSPHRASE.toCharArray(), false, ProgressSink.NONE))
                .hasMessageContaining("not an Atelier vault backup");
    }

    /** However the path is spelled, a backup never replaces the live vault file or its -wal. */
    @Test
    void backupRefusesTheLiveVaultUnderAnySpelling() throws Exception {
        Path link = dir.resolve("link");
        try (Vault v = TestVaults.created(Files.createDirectories(dir.resolve("home")))) {
            v.keys().importPrivateKey(VaultTest.key(1), "one");
            Files.createSymbolicLink(link, dir.resolve("home"));
            Files.createDirectories(dir.resolve("home/sub"));
            Object inode = Files.readAttributes(v.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            for (Path p : new Path[] {dir.resolve("home/./vault.db"), dir.resolve("home/sub/../vault.db"),
                                      link.resolve("vault.db"), link.resolve("vault.db-wal")}) {
                assertThatThrownBy(() -> v.backup(p, ProgressSink.NONE)).as(p.toString())
                        .hasMessageContaining("other than the vault itself");
            }
            assertThat(Files.readAttributes(v.file(), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                    .as("vault.db was not replaced").isEqualTo(inode);
            v.keys().importPrivateKey(VaultTest.key(2), "two");
        }
        try (Vault v = TestVaults.at(dir.resolve("home/vault.db"))) {
            assertThat(v.accounts()).extracting(Account::label).containsExactly("one", "two");
        }
    }

    /** A file that is not a (complete) vault backup is named as such, and nothing is created or replaced. */
    @Test
    void foreignTruncatedAndNewerFilesAreRefusedByNameBeforeAnythingChanges() throws Exception {
        Path backup = dir.resolve("b.vault");
        try (Vault v = TestVaults.created(Files.createDirectories(dir.resolve("a")))) {
            for (int i = 1; i <= 20; i++) {
                v.keys().importPrivateKey(VaultTest.key(i), "k" + i);
            }
            v.backup(backup, ProgressSink.NONE);
        }
        Path foreign = dir.resolve("studio-copy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE collection(id INTEGER PRIMARY KEY, name TEXT)");
        }
        Path newer = dir.resolve("newer.vault");
        Files.copy(backup, newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 999");
        }
        byte[] all = Files.readAllBytes(backup);
        Path cutInPage = dir.resolve("cut-in-page.vault");
        Files.write(cutInPage, Arrays.copyOf(all, all.length - 100));
        Path cutAtPage = dir.resolve("cut-at-page.vault");
        Files.write(cutAtPage, Arrays.copyOf(all, all.length - 4096));

        Path home = Files.createDirectories(dir.resolve("home"));
        Vault target = TestVaults.at(home.resolve("vault.db"));
        char[] p = TestVaults.PASSPHRASE.toCharArray();
        assertThatThrownBy(() -> target.restore(foreign, p, false, ProgressSink.NONE))
                .hasMessage("studio-copy.db is an SQLite database but not an Atelier vault backup. Nothing was restored.");
        assertThatThrownBy(() -> target.restore(newer, p, false, ProgressSink.NONE))
                .hasMessageStartingWith("newer.vault was written by a newer version of Atelier");
        assertThatThrownBy(() -> target.restore(cutInPage, p, false, ProgressSink.NONE))
                .hasMessageStartingWith("cut-in-page.vault is incomplete");
        assertThatThrownBy(() -> target.restore(cutAtPage, p, false, ProgressSink.NONE))
                .hasMessageStartingWith("cut-at-page.vault is incomplete");
        assertThat(home.toFile().list()).isEmpty();
        assertThat(target.restore(backup, p, false, ProgressSink.NONE).accounts()).isEqualTo(20);
    }

    /** A wrong passphrase for the backup leaves the open vault as it was: still unlocked, still in use. */
    @Test
    void aFailedRestoreLeavesTheOpenVaultUnlocked() throws Exception {
        Path backup = dir.resolve("b.vault");
        try (Vault v = TestVaults.created(Files.createDirectories(dir.resolve("a")))) {
            v.backup(backup, ProgressSink.NONE);
        }
        try (Vault v = TestVaults.created(Files.createDirectories(dir.resolve("b")))) {
            List<VaultState> seen = new ArrayList<>();
            v.addStateListener(seen::add);
            assertThatThrownBy(() -> v.restore(backup, "wrong passphrase!".toCharArray(), true, ProgressSink.NONE))
                    .hasMessage(Passphrases.WRONG);
            assertThat(v.state()).isEqualTo(VaultState.UNLOCKED);
            assertThat(seen).isEmpty();
            assertThat(v.keys().importPrivateKey(VaultTest.key(3), "still works").label()).isEqualTo("still works");
        }
    }

    /**
     * Leftover -wal files: one from a crashed process beside the vault being replaced is folded into the
     * kept copy (not a reason to refuse), and one with no vault beside it is never replayed into the
     * restored file. A -wal of a vault another connection holds open still refuses the restore.
     */
    @Test
    void leftoverWalFilesNeitherBlockNorLeakIntoTheRestoredVault() throws Exception {
        Path backup = dir.resolve("b.vault");
        try (Vault v = TestVaults.created(Files.createDirectories(dir.resolve("a")))) {
            v.keys().importPrivateKey(VaultTest.key(1), "from backup");
            v.backup(backup, ProgressSink.NONE);
        }
        Path crashed = Files.createDirectories(dir.resolve("crashed"));
        Path orphan = Files.createDirectories(dir.resolve("orphan"));
        Path live = Files.createDirectories(dir.resolve("live"));
        try (Vault running = TestVaults.created(live)) {
            for (int i = 10; i < 40; i++) {
                running.keys().importPrivateKey(VaultTest.key(i), "k" + i);
            }
            // What a SIGKILL leaves: the database and its log, both in use at that moment.
            Files.copy(live.resolve("vault.db"), crashed.resolve("vault.db"));
            Files.copy(live.resolve("vault.db-wal"), crashed.resolve("vault.db-wal"));
            Files.copy(live.resolve("vault.db-wal"), orphan.resolve("vault.db-wal"));

            Vault other = TestVaults.at(live.resolve("vault.db"));
            assertThatThrownBy(() -> other.restore(backup, TestVaults.PASSPHRASE.toCharArray(), true, ProgressSink.NONE))
                    .hasMessageContaining("open in another Atelier window or command");
            assertThat(running.accounts()).hasSize(30);
        }

        try (Vault v = TestVaults.at(crashed.resolve("vault.db"))) {
            VaultBackup.Restored r = v.restore(backup, TestVaults.PASSPHRASE.toCharArray(), true, ProgressSink.NONE);
            v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            assertThat(v.accounts()).extracting(Account::label).containsExactly("from backup");
            try (Vault kept = TestVaults.at(r.replacedVault())) {
                assertThat(kept.accounts()).hasSize(30);
            }
        }
        try (Vault v = TestVaults.at(orphan.resolve("vault.db"))) {
            assertThat(v.restore(backup, TestVaults.PASSPHRASE.toCharArray(), false, ProgressSink.NONE).accounts()).isEqualTo(1);
            v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            assertThat(v.accounts()).extracting(Account::label).containsExactly("from backup");
            assertThat(v.integrityCheck()).isEqualTo("ok");
        }
    }

    /** A backup taken while another connection keeps importing is still a complete, valid vault. */
    @Test
    void backupWhileAnotherWriterImportsIsStillAValidVault() throws Exception {
        try (Vault reader = TestVaults.created(dir)) {
            reader.keys().importPrivateKey(VaultTest.key(200), "seed");
            ExecutorService pool = Executors.newSingleThreadExecutor();
            AtomicBoolean stop = new AtomicBoolean();
            Vault writer = TestVaults.at(dir.resolve("vault.db"));
            writer.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            Future<Integer> writes = pool.submit(() -> {
                int n = 0;
                while (!stop.get() && n < 150) {
                    writer.keys().importPrivateKey(VaultTest.key(n + 1), "w" + n);
                    n++;
                }
                return n;
            });
            try {
                for (int i = 0; i < 5; i++) {
                    Path out = dir.resolve("snap" + i + ".vault");
                    VaultBackup.Report r = reader.backup(out, ProgressSink.NONE);
                    try (Vault copy = TestVaults.at(out)) {
                        assertThat(copy.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE)).isEmpty();
                        assertThat(copy.accounts()).hasSize(r.accounts());
                    }
                }
            } finally {
                stop.set(true);
                assertThat(writes.get()).isPositive();
                pool.shutdown();
                writer.close();
            }
        }
    }
}
