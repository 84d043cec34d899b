package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import java.math.BigInteger;

/**
 * A token id: an unsigned 256-bit integer (EIP-721 and EIP-1155 both use {@code uint256}).
 * Stored and sorted as 64 lowercase hex digits, which is also the ERC-1155 {@code {id}} form
 * ("lowercase hexadecimal, no 0x prefix, leading zero padded to 64 hex characters", EIP-1155 Metadata).
 */
public record TokenId(BigInteger value) implements Comparable<TokenId> {
    public static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    public TokenId {
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new AtelierException("Token id " + value + " is out of range: it must be between 0 and 2^256 - 1.");
        }
    }

    public static TokenId of(long v) {
        return new TokenId(BigInteger.valueOf(v));
    }

    /** Parses a decimal id, or a hex id with a 0x prefix; at most 80 characters are looked at. */
    public static TokenId parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new AtelierException("The token id is empty. Give a whole number such as 1 or 42.");
        }
        if (t.length() > 80) {
            throw new AtelierException("The token id is too long (" + t.length() + " characters): at most 78 decimal digits fit in 256 bits.");
        }
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return new TokenId(new BigInteger(t.substring(2), 16));
            }
            if (!t.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException();
            }
            return new TokenId(new BigInteger(t));
        } catch (NumberFormatException e) {
            throw new AtelierException("'" + t + "' is not a token id. Give a whole number such as 1 or 42 (or 0x-prefixed hex).");
        }
    }

    /**
     * The stored sort key: two hex digits giving the length of the hex form, then the hex form
     * without leading zeros ({@code 1} → {@code 011}, {@code 256} → {@code 03100}). Sorts like the
     * numbers and is short for the ids people use.
     */
    public String key() {
        String h = value.toString(16);
        return (h.length() < 16 ? "0" : "") + Integer.toHexString(h.length()) + h;
    }

    public static TokenId fromKey(String key) {
        return new TokenId(new BigInteger(key.substring(2), 16));
    }

    public static TokenId fromHex64(String hex) {
        return new TokenId(new BigInteger(hex, 16));
    }

    /** 64 lowercase hex digits, no prefix: the ERC-1155 {@code {id}} substitution and file name. */
    public String hex64() {
        String h = value.toString(16);
        return "0".repeat(64 - h.length()) + h;
    }

    public String decimal() {
        return value.toString();
    }

    public TokenId next() {
        return new TokenId(value.add(BigInteger.ONE));
    }

    @Override
    public int compareTo(TokenId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return decimal();
    }
}
