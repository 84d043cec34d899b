package dev.atelier.vault;

import dev.atelier.vault.kdf.Argon2Params;
import java.time.Instant;
import java.util.List;

/** What {@code atelier vault status} and the Wallet screen show without unlocking. */
public record VaultStatus(VaultState state, String file, Argon2Params kdf, int wallets, int accounts, int namedSecrets,
                          Instant lastBackup, int keysSinceBackup, List<VaultDamage> damage) {
}
