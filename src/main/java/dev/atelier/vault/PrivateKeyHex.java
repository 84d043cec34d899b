package dev.atelier.vault;

import dev.atelier.common.AtelierException;

/** A private key as text, as the user types or pastes it (the import dialog, {@code atelier account import}). */
public final class PrivateKeyHex {
    private PrivateKeyHex() {
    }

    /**
     * A private key typed or pasted as text: whitespace around it and a 0x prefix are allowed, then exactly
     * 64 ASCII hex digits (not the other scripts' digits that {@link Character#digit} would accept). The
     * message never repeats the text. The caller wipes both arrays.
     */
    public static byte[] parse(char[] text) {
        int start = 0;
        int end = text.length;
        while (start < end && Character.isWhitespace(text[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        if (end - start >= 2 && text[start] == '0' && (text[start + 1] == 'x' || text[start + 1] == 'X')) {
            start += 2;
        }
        if (end - start != 64) {
            throw new AtelierException("A private key is 64 hex digits (optionally after 0x); got " + (end - start) + " characters.");
        }
        byte[] key = new byte[32];
        for (int i = 0; i < 32; i++) {
            int hi = asciiHex(text[start + 2 * i]);
            int lo = asciiHex(text[start + 2 * i + 1]);
            if (hi < 0 || lo < 0) {
                Secrets.wipe(key);
                throw new AtelierException("The private key contains a character that is not a hex digit (0-9, a-f).");
            }
            key[i] = (byte) (hi << 4 | lo);
        }
        return key;
    }

    private static int asciiHex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
