package dev.atelier.vault.keyfile;

import dev.atelier.crypto.Address;

/**
 * A Web3 Secret Storage v3 file after parsing and bounding, before any key derivation ran.
 *
 * @param kdf "scrypt" or "pbkdf2"
 * @param address the optional {@code address} field (null when absent)
 */
public record KeystoreFile(String kdf, int scryptN, int scryptR, int scryptP, int pbkdf2Rounds, byte[] salt,
                           byte[] iv, byte[] ciphertext, byte[] mac, Address address) {
    /** Bytes scrypt will allocate (128·r·n), or 0 for pbkdf2. */
    public long scryptMemoryBytes() {
        return "scrypt".equals(kdf) ? 128L * scryptR * scryptN : 0;
    }

    public String describeKdf() {
        return "scrypt".equals(kdf) ? "scrypt n=" + scryptN + ", r=" + scryptR + ", p=" + scryptP
                : "pbkdf2 c=" + pbkdf2Rounds;
    }
}
