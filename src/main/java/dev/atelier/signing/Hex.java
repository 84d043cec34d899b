package dev.atelier.signing;

import dev.atelier.common.AtelierException;
import java.util.HexFormat;

/** {@code 0x}-prefixed hex as JSON-RPC writes bytes; parsing is bounded and says which field was wrong. */
public final class Hex {
    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return "0x" + HEX.formatHex(bytes);
    }

    /**
     * Parses {@code 0x} + an even number of hex digits ({@code 0x} alone is empty).
     *
     * @param field    the name the user knows the value by, for the error message
     * @param maxBytes refuse longer values before decoding them
     */
    public static byte[] parse(String text, String field, int maxBytes) {
        if (text == null) {
            throw new AtelierException(field + " is missing.");
        }
        String s = text.strip();
        if (!s.startsWith("0x") && !s.startsWith("0X")) {
            throw new AtelierException(field + " must be hex bytes starting with 0x, got \"" + abbreviate(s) + "\".");
        }
        int digits = s.length() - 2;
        if (digits > 2L * maxBytes) {
            throw new AtelierException(field + " is " + (digits / 2) + " bytes; at most " + maxBytes + " are accepted.");
        }
        if (digits % 2 != 0) {
            throw new AtelierException(field + " has an odd number of hex digits (" + digits + "): bytes take two digits each.");
        }
        for (int i = 2; i < s.length(); i++) {
            if (!isHexDigit(s.charAt(i))) {
                throw new AtelierException(field + " contains \"" + s.charAt(i) + "\", which is not a hex digit.");
            }
        }
        return HEX.parseHex(s, 2, s.length());
    }

    /** Exactly {@code length} bytes. */
    public static byte[] parseFixed(String text, String field, int length) {
        byte[] b = parse(text, field, length);
        if (b.length != length) {
            throw new AtelierException(field + " must be exactly " + length + " bytes (" + (2 * length)
                    + " hex digits), got " + b.length + ".");
        }
        return b;
    }

    /**
     * ASCII 0-9, a-f, A-F only. {@code Character.digit} also accepts other scripts' digits (e.g.
     * full-width "１"), which would let a look-alike string pass as a number.
     */
    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static String abbreviate(String s) {
        return s.length() > 48 ? s.substring(0, 45) + "..." : s;
    }
}
