package dev.atelier.bench;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.common.ProgressSink;
import dev.atelier.vault.Vault;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Sets up a home for the whole-process signing benchmark (scripts/bench-sign.sh): a real vault holding
 * one key, with the Argon2id parameters a user gets ({@code calibrated}: about one second on this
 * machine, the default) or the floor (64 MiB, t=3 — still a valid user vault). Prints the address and
 * the parameters. Usage: BenchVault HOME PASSPHRASE KEY_HEX [calibrated|floor]
 */
public final class BenchVault {
    private BenchVault() {
    }

    public static void main(String[] args) {
        KdfPolicy kdf = args.length > 3 && args[3].equals("floor") ? KdfPolicy.floor() : KdfPolicy.calibrated();
        try (AppContext app = AppContext.open(AppPaths.at(Path.of(args[0])), kdf)) {
            Vault vault = app.vault();
            vault.create(args[1].toCharArray(), ProgressSink.NONE);
            String hex = args[2].startsWith("0x") ? args[2].substring(2) : args[2];
            System.out.println(vault.keys().importPrivateKey(HexFormat.of().parseHex(hex), "bench").address());
            System.out.println("vault KDF: " + vault.kdfParams().map(p -> p.describe()).orElse("?"));
        }
    }
}
