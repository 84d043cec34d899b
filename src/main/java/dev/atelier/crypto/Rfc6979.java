package dev.atelier.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * Deterministic ECDSA nonces, RFC 6979 section 3.2 with HMAC-SHA256 and qlen = hlen = 256 (so
 * bits2int is the identity and int2octets/bits2octets are 32-byte big-endian). Uses the JDK's
 * HmacSHA256, which runs on the SHA-256 intrinsics. Not thread-safe: one instance per thread.
 */
final class Rfc6979 {
    private final Mac mac;
    private final byte[] v = new byte[32];
    private final byte[] k = new byte[32];
    /**
     * The HMAC key handed to the JDK. {@code SecretKeySpec} keeps its own copy that cannot be wiped;
     * this one hands out copies from a buffer we own, and the JDK's HMAC wipes the copy it takes.
     * K is as sensitive as the private key (K and V give the nonce, the nonce and a signature give
     * the key), so {@link #wipe} clears it and re-keys the MAC so its pads forget K too.
     */
    private final WipeableKey hmacKey = new WipeableKey();

    private static final class WipeableKey implements javax.crypto.SecretKey {
        private static final long serialVersionUID = 1L;
        private final transient byte[] key = new byte[32];

        @Override
        public String getAlgorithm() {
            return "HmacSHA256";
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return key.clone();
        }

        @Override
        public void destroy() {
            Arrays.fill(key, (byte) 0);
        }

        @Override
        public boolean isDestroyed() {
            return false; // reused for the next signature
        }
    }

    Rfc6979() {
        try {
            mac = Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    /** Step 3.2 b-g: seeds the generator with the private key x and h1 = bits2octets(H(m)). */
    void init(byte[] x32, byte[] h1) {
        Arrays.fill(v, (byte) 1);
        Arrays.fill(k, (byte) 0);
        key(k);
        mac.update(v);
        mac.update((byte) 0);
        mac.update(x32);
        mac.update(h1);
        doFinal(k);
        key(k);
        mac.update(v);
        doFinal(v);
        mac.update(v);
        mac.update((byte) 1);
        mac.update(x32);
        mac.update(h1);
        doFinal(k);
        key(k);
        mac.update(v);
        doFinal(v);
    }

    /** Step 3.2 h: the next candidate nonce (the caller rejects 0 and values ≥ n and asks again). */
    byte[] next(byte[] out32) {
        mac.update(v);
        doFinal(v);
        System.arraycopy(v, 0, out32, 0, 32);
        return out32;
    }

    /** Step 3.2 h.3: after a rejected candidate, K = HMAC_K(V || 0x00), V = HMAC_K(V). */
    void reseed() {
        mac.update(v);
        mac.update((byte) 0);
        doFinal(k);
        key(k);
        mac.update(v);
        doFinal(v);
    }

    /** Forgets the state (it is derived from the private key), including the MAC's keyed pads. */
    void wipe() {
        Arrays.fill(v, (byte) 0);
        Arrays.fill(k, (byte) 0);
        key(k); // the HMAC's inner/outer pads now derive from zeros, not from K
        hmacKey.destroy();
    }

    private void key(byte[] key) {
        System.arraycopy(key, 0, hmacKey.key, 0, 32);
        try {
            mac.init(hmacKey);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        } finally {
            hmacKey.destroy();
        }
    }

    private void doFinal(byte[] out) {
        try {
            mac.doFinal(out, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests: the key buffer handed to the MAC (all zeros after {@link #wipe}). */
    byte[] hmacKeyForTest() {
        return hmacKey.key.clone();
    }

    /** For tests: the MAC in its current keyed state. */
    Mac macForTest() {
        return mac;
    }
}
