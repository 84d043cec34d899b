package dev.atelier.vault;

import dev.atelier.common.ProgressSink;
import dev.atelier.vault.kdf.Argon2Params;
import dev.atelier.vault.kdf.Argon2id;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.file.Path;

/** Vaults for tests: cheap Argon2id parameters (far below the user floor) so most tests stay fast. */
public final class TestVaults {
    public static final Argon2Params CHEAP = new Argon2Params(256, 1, 1);
    public static final String PASSPHRASE = "correct horse battery staple";

    private TestVaults() {
    }

    public static Vault at(Path file) {
        return new Vault(file, KdfPolicy.testingOnly(CHEAP), Argon2id.best());
    }

    /** A new, unlocked vault at {@code dir/vault.db} with {@link #PASSPHRASE}. */
    public static Vault created(Path dir) {
        Vault v = at(dir.resolve("vault.db"));
        v.create(PASSPHRASE.toCharArray(), ProgressSink.NONE);
        return v;
    }
}
