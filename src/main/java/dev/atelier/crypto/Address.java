package dev.atelier.crypto;

import dev.atelier.common.AtelierException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** A 20-byte account address; prints in EIP-55 mixed-case checksum form. */
public final class Address implements Comparable<Address> {
    private final byte[] bytes;
    /**
     * Mixed-case forms already found to carry a valid EIP-55 checksum: a batch names the same few
     * addresses thousands of times, and each check is a keccak. Bounded; exact strings only.
     */
    private static final java.util.Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final int MAX_CHECKED = 4096;
    /** The EIP-55 form, computed once (a keccak each time otherwise; reviews print addresses often). */
    private volatile String checksum;

    private Address(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Address of(byte[] twentyBytes) {
        if (twentyBytes.length != 20) {
            throw new IllegalArgumentException("An address is 20 bytes, got " + twentyBytes.length);
        }
        return new Address(twentyBytes.clone());
    }

    /**
     * Parses {@code 0x} + 40 hex digits. All-lowercase and all-uppercase forms carry no checksum and
     * are accepted; a mixed-case form must match its EIP-55 checksum (a typo guard).
     */
    public static Address parse(String text) {
        String s = text == null ? "" : text.strip();
        String hex = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
        boolean asciiHex = true;
        boolean lower = false;
        boolean upper = false;
        // ASCII hex only: Character.digit would also take other scripts' digits (full-width "１")
        for (int i = 0; i < hex.length() && asciiHex; i++) {
            char c = hex.charAt(i);
            lower |= c >= 'a' && c <= 'f';
            upper |= c >= 'A' && c <= 'F';
            asciiHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        if (asciiHex && hex.length() == 64) {
            // A private key pasted where an address belongs: never repeat it (messages reach the screen and the log).
            throw new AtelierException("This is 64 hex digits, the length of a private key, not an address (40 hex digits). "
                    + "It was not shown or saved; paste the account's address instead.");
        }
        if (hex.length() == s.length() || hex.length() != 40 || !asciiHex) {
            throw new AtelierException("Not an address: " + shown(s) + ". An address is 0x followed by 40 hex digits.");
        }
        Address a = new Address(HexFormat.of().parseHex(hex));
        boolean mixed = lower && upper;
        if (mixed && CHECKED.contains(hex)) {
            a.checksum = "0x" + hex;
            return a;
        }
        if (mixed && !a.toChecksumHex().substring(2).equals(hex)) {
            throw new AtelierException("The address " + s + " fails its EIP-55 checksum: a character is probably mistyped. "
                    + "Check it against the source, or paste it in all lowercase to skip the check.");
        }
        if (mixed && CHECKED.size() < MAX_CHECKED) {
            CHECKED.add(hex);
        }
        return a;
    }

    /** The Ethereum address of an uncompressed public key (64 bytes X||Y, or 65 bytes with the 0x04 prefix). */
    public static Address fromPublicKey(byte[] publicKey) {
        int off = publicKey.length == 65 ? 1 : 0;
        if (publicKey.length - off != 64) {
            throw new IllegalArgumentException("Expected an uncompressed public key");
        }
        byte[] h = Keccak.hash256(publicKey, off, 64);
        return new Address(Arrays.copyOfRange(h, 12, 32));
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    public String toLowerHex() {
        return "0x" + HexFormat.of().formatHex(bytes);
    }

    /** EIP-55: uppercase each hex letter whose nibble in keccak(lowercase hex) is 8 or more. */
    public String toChecksumHex() {
        String c = checksum;
        if (c == null) {
            c = checksumHex();
            checksum = c;
        }
        return c;
    }

    private String checksumHex() {
        String lower = HexFormat.of().formatHex(bytes);
        byte[] h = Keccak.hash256(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < 40; i++) {
            char c = lower.charAt(i);
            int nibble = (h[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            sb.append(nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    /**
     * Text about as long as an address is repeated (it helps to spot a typo); anything longer may be a
     * secret pasted into the wrong field (a key, a seed, words), so only its length is.
     */
    private static String shown(String s) {
        return s.length() <= 44 ? "\"" + s + "\"" : "a text of " + s.length() + " characters (not repeated here)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(Address o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return toChecksumHex();
    }
}
