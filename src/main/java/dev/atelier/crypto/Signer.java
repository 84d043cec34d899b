package dev.atelier.crypto;

/**
 * Signs 32-byte digests for one account. The vault hands these out while unlocked; signing code
 * receives a Signer and never sees key material, so a hardware signer can slot in later.
 */
public interface Signer {
    Address address();

    /** ECDSA over secp256k1: RFC 6979 deterministic nonce, low s, recovery id. */
    Signature signDigest(byte[] digest32);
}
