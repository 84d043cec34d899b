package dev.atelier.cli;

import dev.atelier.app.AppContext;
import dev.atelier.common.ProgressSink;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.Vault;
import dev.atelier.vault.VaultDamage;
import java.util.List;

/**
 * How a command gets the vault ready to sign: {@code VaultSession.unlocked(app(), passphrase, io)}
 * returns the app's vault (a {@code SignerSource}) unlocked with the passphrase from the mixin.
 * The vault locks again when the command's context closes.
 */
public final class VaultSession {
    private VaultSession() {
    }

    public static Vault unlocked(AppContext app, PassphraseOptions passphrase, CliIo io) {
        Vault vault = app.vault();
        if (!vault.exists()) {
            throw new dev.atelier.common.AtelierException("There is no vault in " + app.paths().home()
                    + " yet. Create one with 'atelier vault init'.");
        }
        char[] p = passphrase.read(io, false);
        try {
            List<VaultDamage> damage = vault.unlock(p, ProgressSink.NONE);
            for (VaultDamage d : damage) {
                io.err().println("warning: damaged vault entry: " + d.describe());
            }
        } finally {
            Secrets.wipe(p);
        }
        return vault;
    }
}
