package dev.atelier.vault;

import dev.atelier.common.ProgressSink;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child JVM of {@link VaultCrashTest}: works on a vault in a loop and reports each commit on
 * stdout until the parent kills it with SIGKILL.
 * {@code import DIR} imports keys one after another; {@code rekey DIR N} starts from {@link #passphrase}(N)
 * and changes it to N+1, N+2, ..., printing "now K" after each change committed.
 */
public final class CrashChild {
    public static final String A = "first passphrase A";

    /** The passphrase after the vault's k-th change in the rekey trials (0 is {@link #A}). */
    public static String passphrase(int k) {
        return k == 0 ? A : "rekeyed passphrase #" + k;
    }

    private CrashChild() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        // Pure-Java Argon2 (same output): the child skips loading the native library, to start faster.
        try (Vault v = new Vault(Path.of(args[1]).resolve("vault.db"),
                dev.atelier.vault.kdf.KdfPolicy.testingOnly(TestVaults.CHEAP), new dev.atelier.vault.kdf.JavaArgon2())) {
            int step = args.length > 2 ? Integer.parseInt(args[2]) : 0;
            v.unlock(passphrase(step).toCharArray(), ProgressSink.NONE);
            out.println("ready");
            out.flush();
            int base = v.accounts().size();
            for (int i = 0; i < 100_000; i++) {
                if (args[0].equals("import")) {
                    byte[] k = new byte[32];
                    k[0] = 0x22;
                    k[28] = (byte) ((base + i) >> 24);
                    k[29] = (byte) ((base + i) >> 16);
                    k[30] = (byte) ((base + i) >> 8);
                    k[31] = (byte) (base + i + 1);
                    v.keys().importPrivateKey(k, "crash " + (base + i));
                    out.println("committed " + (base + i + 1));
                } else {
                    v.changePassphrase(passphrase(step).toCharArray(), passphrase(step + 1).toCharArray(), ProgressSink.NONE);
                    step++;
                    out.println("now " + step);
                }
                out.flush();
            }
        }
    }
}
