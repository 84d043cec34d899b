package dev.atelier.vault;

import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;

/**
 * Secrets shown to the user: a private key or a wallet's words, each only after the vault passphrase is
 * checked again. The caller shows them briefly and wipes them.
 */
public final class VaultReveal {
    private final Vault vault;

    VaultReveal(Vault vault) {
        this.vault = vault;
    }

    /** The words and BIP-39 passphrase behind a wallet, for the reveal dialog (caller wipes both). */
    public record Recovery(char[] mnemonic, char[] bip39Passphrase) {
        public void wipe() {
            Secrets.wipe(mnemonic, bip39Passphrase);
        }
    }

    public byte[] revealPrivateKey(Address address, char[] passphrase, ProgressSink progress) {
        vault.verifyPassphrase(passphrase, progress);
        return vault.keys().withPrivateKey(address, byte[]::clone);
    }

    public Recovery revealMnemonic(long walletId, char[] passphrase, ProgressSink progress) {
        vault.verifyPassphrase(passphrase, progress);
        return vault.withMasterKey(master -> vault.database().read(c -> {
            VaultStore.WalletRow w = VaultStore.wallet(c, walletId).orElseThrow(() -> SealedEntries.noWallet(walletId));
            String what = "HD wallet " + walletId;
            byte[] m = SealedEntries.open(master, w.sealedMnemonic(), Aad.walletMnemonic(walletId), what + " (mnemonic)");
            byte[] p = null;
            try {
                // the mnemonic is wiped even when the passphrase entry cannot be opened
                p = SealedEntries.open(master, w.sealedPassphrase(), Aad.walletPassphrase(walletId), what + " (passphrase)");
                return new Recovery(SealedEntries.chars(m), SealedEntries.chars(p));
            } finally {
                Secrets.wipe(m, p);
            }
        }));
    }
}
