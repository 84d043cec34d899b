package dev.atelier.vault;

import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.vault.keyfile.KeystoreCrypto;
import dev.atelier.vault.keyfile.KeystoreFile;
import dev.atelier.vault.keyfile.KeystoreParser;
import java.util.Arrays;

/** Keys in and out of the vault as Web3 Secret Storage v3 files (geth, MetaMask, cast, ethers). */
public final class KeystoreTransfer {
    private final Vault vault;

    KeystoreTransfer(Vault vault) {
        this.vault = vault;
    }

    /** Parses and bounds the file before any KDF runs, decrypts it, and imports the key. */
    public Account importKeystore(byte[] json, char[] password, String label, ProgressSink progress) {
        vault.requireUnlocked();
        KeystoreFile f = KeystoreParser.parse(json);
        progress.message("Decrypting the keystore (" + f.describeKdf() + ")");
        byte[] key = KeystoreCrypto.decrypt(f, password);
        try {
            return vault.keys().importPrivateKey(key, label);
        } finally {
            Secrets.wipe(key);
        }
    }

    /** A v3 keystore of the account's key under {@code password}, verified by decrypting it again. */
    public byte[] exportKeystore(Address address, char[] password, KeystoreCrypto.ScryptCost cost, ProgressSink progress) {
        return vault.keys().withPrivateKey(address, key -> {
            progress.message("Encrypting the keystore (scrypt n=" + cost.n() + ")");
            byte[] json = KeystoreCrypto.encrypt(key, password, cost);
            progress.message("Checking the keystore by decrypting it");
            byte[] back = KeystoreCrypto.decrypt(KeystoreParser.parse(json), password);
            boolean same = Arrays.equals(back, key);
            Secrets.wipe(back);
            if (!same) {
                throw new IllegalStateException("exported keystore does not decrypt to the key");
            }
            return json;
        });
    }
}
