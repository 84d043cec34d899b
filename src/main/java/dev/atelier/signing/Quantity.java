package dev.atelier.signing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import java.math.BigInteger;

/**
 * Unsigned integers as JSON-RPC requests carry them: {@code "0x…"} hex or decimal strings, or
 * plain JSON integers. Negative, fractional and oversized values are refused with the field name.
 */
public final class Quantity {
    public static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    public static final BigInteger UINT256_MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private Quantity() {
    }

    /** @param bits 64 or 256: the largest value accepted is 2^bits - 1 */
    public static BigInteger parse(JsonNode node, String field, int bits) {
        BigInteger max = bits == 256 ? UINT256_MAX : bits == 64 ? UINT64_MAX : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        BigInteger v;
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new AtelierException(field + " is missing.");
        } else if (node.isIntegralNumber()) {
            v = node.bigIntegerValue();
        } else if (node.isNumber()) {
            throw new AtelierException(field + " is " + node.asText() + ": numbers with a fraction or exponent are not exact. "
                    + "Write it as a whole number in a string, e.g. \"1000000000\" or \"0x3b9aca00\".");
        } else if (node.isTextual()) {
            v = parseText(node.asText(), field);
        } else {
            throw new AtelierException(field + " must be a number (hex \"0x…\" or decimal), not " + node.getNodeType().name().toLowerCase() + ".");
        }
        if (v.signum() < 0) {
            throw new AtelierException(field + " is negative (" + v + "); it must be zero or more.");
        }
        if (v.compareTo(max) > 0) {
            throw new AtelierException(field + " is too large: " + abbreviate(v) + " does not fit in " + bits + " bits.");
        }
        return v;
    }

    static BigInteger parseText(String raw, String field) {
        String s = raw.strip();
        if (s.isEmpty()) {
            throw new AtelierException(field + " is empty; write a number such as \"0x0\" or \"0\".");
        }
        if (s.startsWith("-")) {
            throw new AtelierException(field + " is negative (" + Hex.abbreviate(s) + "); it must be zero or more.");
        }
        if (s.startsWith("0x") || s.startsWith("0X")) {
            String digits = s.substring(2);
            if (digits.isEmpty()) {
                throw new AtelierException(field + " is \"0x\" with no digits; write \"0x0\" for zero.");
            }
            if (digits.length() > 80) {
                throw new AtelierException(field + " is too large: " + digits.length() + " hex digits.");
            }
            for (int i = 0; i < digits.length(); i++) {
                if (!Hex.isHexDigit(digits.charAt(i))) {
                    throw new AtelierException(field + " is not a hex number: \"" + Hex.abbreviate(s) + "\".");
                }
            }
            return new BigInteger(digits, 16);
        }
        if (s.length() > 100) {
            throw new AtelierException(field + " is too large: " + s.length() + " digits.");
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw new AtelierException(field + " is not a whole number: \"" + Hex.abbreviate(s)
                        + "\". Use decimal digits or 0x-prefixed hex.");
            }
        }
        return new BigInteger(s);
    }

    /** JSON-RPC quantity form: {@code 0x} + minimal hex ({@code 0x0} for zero). */
    public static String toHex(BigInteger v) {
        return "0x" + v.toString(16);
    }

    private static String abbreviate(BigInteger v) {
        String s = v.toString();
        return s.length() > 30 ? s.substring(0, 12) + "…(" + s.length() + " digits)" : s;
    }
}
