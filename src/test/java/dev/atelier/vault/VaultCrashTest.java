package dev.atelier.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.common.ProgressSink;
import dev.atelier.testing.Proc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM killed with SIGKILL at random points while importing keys and while
 * changing the passphrase, 50 trials each. Afterwards the vault always opens, passes
 * {@code PRAGMA integrity_check}, unlocks with the old or the new passphrase, every account decrypts,
 * and every import the child reported as committed is there.
 */
class VaultCrashTest {
    private static final int TRIALS = 50;
    @TempDir
    Path dir;

    @Test
    void killedDuringImportsNothingIsLostOrHalfWritten() throws Exception {
        seedVault();
        Random r = new Random(0xC0FFEE);
        int lastCommitted = 0;
        for (int t = 0; t < TRIALS; t++) {
            List<String> lines = runAndKill(r.nextInt(120), "import", dir.toString());
            for (String l : lines) {
                if (l.startsWith("committed ")) {
                    lastCommitted = Integer.parseInt(l.substring(10));
                }
            }
            try (Vault v = TestVaults.at(dir.resolve("vault.db"))) {
                assertThat(v.integrityCheck()).as("trial " + t).isEqualTo("ok");
                assertThat(v.unlock(CrashChild.A.toCharArray(), ProgressSink.NONE)).as("trial " + t).isEmpty();
                int n = v.accounts().size();
                assertThat(n).as("trial %d: committed imports survive", t).isBetween(lastCommitted, lastCommitted + 1);
                lastCommitted = n;
            }
        }
        assertThat(lastCommitted).as("the kills landed while imports were running").isGreaterThan(TRIALS / 2);
    }

    @Test
    void killedDuringPassphraseChangesTheOldOrNewPassphraseOpensEverything() throws Exception {
        seedVault();
        try (Vault v = TestVaults.at(dir.resolve("vault.db"))) {
            v.unlock(CrashChild.A.toCharArray(), ProgressSink.NONE);
            v.keys().addWallet("test test test test test test test test test test test junk".toCharArray(), new char[0], "Dev", 3);
        }
        Random r = new Random(0xBEEF);
        int changes = 0;
        int current = 0;
        for (int t = 0; t < TRIALS; t++) {
            List<String> lines = runAndKill(r.nextInt(120), "rekey", dir.toString(), Integer.toString(current));
            int reported = current;
            for (String l : lines) {
                if (l.startsWith("now ")) {
                    reported = Integer.parseInt(l.substring(4));
                    changes++;
                }
            }
            // Every change the child reported committed; the one it was in may have committed too. Nothing else.
            try (Vault v = TestVaults.at(dir.resolve("vault.db"))) {
                assertThat(v.integrityCheck()).as("trial " + t).isEqualTo("ok");
                List<VaultDamage> damage;
                try {
                    damage = v.unlock(CrashChild.passphrase(reported).toCharArray(), ProgressSink.NONE);
                    current = reported;
                } catch (dev.atelier.common.AtelierException e) {
                    assertThat(e.getMessage()).as("trial %d: opens with passphrase #%d or #%d", t, reported, reported + 1)
                            .isEqualTo(Passphrases.WRONG);
                    damage = v.unlock(CrashChild.passphrase(reported + 1).toCharArray(), ProgressSink.NONE);
                    current = reported + 1;
                }
                assertThat(damage).as("trial " + t).isEmpty();
                assertThat(v.accounts()).hasSize(4);
                for (Account a : v.accounts()) {
                    assertThat(v.signer(a.address()).signDigest(new byte[32])).isNotNull();
                }
            }
        }
        assertThat(changes).as("the kills landed while changes were running").isGreaterThan(TRIALS);
    }

    private void seedVault() {
        Vault v = TestVaults.at(dir.resolve("vault.db"));
        v.create(CrashChild.A.toCharArray(), ProgressSink.NONE);
        v.keys().importPrivateKey(VaultTest.key(99), "before");
        v.close();
    }

    /** Starts the child, waits for "ready", lets it work for {@code millis}, then SIGKILLs it. */
    private List<String> runAndKill(int millis, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Proc.javaBin(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), CrashChild.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Files.deleteIfExists(out);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(out) && Files.readString(out).startsWith("ready"))) {
            assertThat(p.isAlive()).as("child running").isTrue();
            assertThat(System.nanoTime()).as("child ready within 60 s").isLessThan(deadline);
            Thread.sleep(5);
        }
        Thread.sleep(millis);
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
