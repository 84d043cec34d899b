package dev.atelier.bench;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.common.ProgressSink;
import dev.atelier.vault.Vault;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Sets up a home for the whole-process signing benchmark (scripts/bench-sign.sh): a real vault at the
 * floor Argon2id parameters (64 MiB, t=3 — a valid user vault, see KdfPolicy.floor) holding one key.
 * Usage: BenchVault HOME PASSPHRASE KEY_HEX
 */
public final class BenchVault {
    private BenchVault() {
    }

    public static void main(String[] args) {
        try (AppContext app = AppContext.open(AppPaths.at(Path.of(args[0])), KdfPolicy.floor())) {
            Vault vault = app.vault();
            vault.create(args[1].toCharArray(), ProgressSink.NONE);
            String hex = args[2].startsWith("0x") ? args[2].substring(2) : args[2];
            System.out.println(vault.keys().importPrivateKey(HexFormat.of().parseHex(hex), "bench").address());
        }
    }
}
