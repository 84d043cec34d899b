package dev.atelier.vault;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM (NIST SP 800-38D) with a random 96-bit nonce: {@code nonce || ciphertext || tag}.
 * The associated data binds a sealed value to its place in the vault, so moving it to another row
 * fails authentication like a flipped bit does.
 */
public final class SealedBox {
    public static final int KEY_BYTES = 32;
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Authentication failed: wrong key, or the value, its nonce or its associated data changed. */
    public static final class OpenFailure extends Exception {
        private static final long serialVersionUID = 1L;

        OpenFailure(String what, Throwable cause) {
            super(what, cause);
        }
    }

    private SealedBox() {
    }

    public static byte[] seal(byte[] key, byte[] plaintext, byte[] aad) {
        checkKey(key);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            c.updateAAD(aad);
            byte[] out = new byte[NONCE_BYTES + plaintext.length + TAG_BYTES];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            c.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public static byte[] open(byte[] key, byte[] sealed, byte[] aad) throws OpenFailure {
        checkKey(key);
        if (sealed == null || sealed.length < NONCE_BYTES + TAG_BYTES) {
            throw new OpenFailure("sealed value too short", null);
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, sealed, 0, NONCE_BYTES));
            c.updateAAD(aad);
            return c.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new OpenFailure("authentication failed", e);
        } catch (GeneralSecurityException e) {
            throw new OpenFailure("cannot decrypt", e);
        }
    }

    private static void checkKey(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 key must be 32 bytes");
        }
    }
}
