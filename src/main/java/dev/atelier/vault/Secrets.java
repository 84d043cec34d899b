package dev.atelier.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/** Helpers for secrets held in arrays: encoding without String copies where possible, and wiping. */
public final class Secrets {
    private Secrets() {
    }

    public static void wipe(byte[]... arrays) {
        for (byte[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, (byte) 0);
            }
        }
    }

    public static void wipe(char[]... arrays) {
        for (char[] a : arrays) {
            if (a != null) {
                Arrays.fill(a, '\0');
            }
        }
    }

    /** UTF-8 bytes of the characters, without an intermediate String. */
    public static byte[] utf8(char[] chars) {
        try {
            ByteBuffer bb = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(chars));
            byte[] out = Arrays.copyOfRange(bb.array(), bb.position(), bb.limit());
            Arrays.fill(bb.array(), (byte) 0);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The text contains an unpaired surrogate character", e);
        }
    }

    /**
     * Unicode normalization of a secret. ASCII is already in every normal form, so it is copied
     * without a String; other text goes through {@link Normalizer}, whose String result cannot be
     * wiped (a JDK limit, noted in docs/security.md).
     */
    public static char[] normalize(char[] chars, Normalizer.Form form) {
        boolean ascii = true;
        for (char c : chars) {
            if (c >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return chars.clone();
        }
        return Normalizer.normalize(CharBuffer.wrap(chars), form).toCharArray();
    }

    /** The vault passphrase as Argon2 input: NFKC, then UTF-8 (ARCHITECTURE.md "Data at rest"). */
    public static byte[] passphraseBytes(char[] passphrase) {
        char[] n = normalize(passphrase, Normalizer.Form.NFKC);
        try {
            return utf8(n);
        } finally {
            wipe(n);
        }
    }
}
