package dev.atelier.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.common.ProgressSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
        assertThat(fresh.keys().revealPrivateKey(fresh.accounts().get(0).address(), TestVaults.PASSPHRASE.toCharArray(),
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
