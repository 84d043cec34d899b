package dev.atelier.vault;

import dev.atelier.crypto.Address;

/**
 * An account as the rest of the app sees it: never any key material.
 *
 * @param derivationPath BIP-32 path for HD accounts (e.g. {@code m/44'/60'/0'/0/0}), else null
 */
public record Account(Address address, String label, AccountKind kind, String derivationPath) {
    public boolean canSign() {
        return kind != AccountKind.WATCH_ONLY;
    }
}
