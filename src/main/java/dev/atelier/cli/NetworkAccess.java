package dev.atelier.cli;

import dev.atelier.app.AppContext;
import dev.atelier.chain.Network;
import dev.atelier.vault.VaultState;

/**
 * Unlocks the vault for a command only when a network needs it: its RPC URL embeds an API key and
 * so lives in the vault. Other networks never ask for the passphrase.
 */
final class NetworkAccess {
    private NetworkAccess() {
    }

    static void unlockIfKeptInVault(AppContext app, Network n, PassphraseOptions passphrase, CliIo io) {
        if (app.networks().rpcInVault(n)) {
            unlock(app, passphrase, io);
        }
    }

    static void unlock(AppContext app, PassphraseOptions passphrase, CliIo io) {
        if (app.vault().state() != VaultState.UNLOCKED) {
            VaultSession.unlocked(app, passphrase, io);
        }
    }
}
