package dev.atelier.vault;

import dev.atelier.crypto.Address;
import java.nio.charset.StandardCharsets;

/**
 * Associated data for every sealed value (docs/security.md): a domain prefix, the table, and the
 * fields that give the value its meaning, so a value copied to another row or another account fails.
 */
final class Aad {
    private static final String PREFIX = "atelier-vault/" + VaultHeader.FORMAT + "/";

    private Aad() {
    }

    static byte[] accountKey(Address address, AccountKind kind, Long walletId, String path) {
        return bytes(PREFIX + "account|" + address.toLowerHex() + "|" + kind.name() + "|"
                + (walletId == null ? "-" : walletId) + "|" + (path == null ? "-" : path));
    }

    static byte[] walletMnemonic(long walletId) {
        return bytes(PREFIX + "hd_wallet|" + walletId + "|mnemonic");
    }

    static byte[] walletPassphrase(long walletId) {
        return bytes(PREFIX + "hd_wallet|" + walletId + "|bip39-passphrase");
    }

    static byte[] namedSecret(String name) {
        return bytes(PREFIX + "named_secret|" + name);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
