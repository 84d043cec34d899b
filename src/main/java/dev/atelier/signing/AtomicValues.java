package dev.atelier.signing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Keccak;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EIP-712 encodeData for atomic and dynamic types: each value becomes one 32-byte word
 * (addresses, bools and integers left-padded, two's complement for intN, bytesN right-padded,
 * bytes and string hashed). Values are checked strictly: a bool is a JSON boolean, an integer is in
 * range for its width, bytesN has exactly N bytes.
 */
final class AtomicValues {
    private static final Pattern INT = Pattern.compile("(u?)int([0-9]{1,3})");
    private static final Pattern BYTES_N = Pattern.compile("bytes([0-9]{1,2})");

    private AtomicValues() {
    }

    static boolean isAtomic(String t) {
        if (t.equals("address") || t.equals("bool") || t.equals("string") || t.equals("bytes")) {
            return true;
        }
        Matcher m = INT.matcher(t);
        if (m.matches()) {
            int bits = Integer.parseInt(m.group(2));
            return bits >= 8 && bits <= 256 && bits % 8 == 0;
        }
        Matcher b = BYTES_N.matcher(t);
        if (b.matches()) {
            int n = Integer.parseInt(b.group(1));
            return n >= 1 && n <= 32;
        }
        return false;
    }

    static TypedDataEncoded encode(String name, String type, JsonNode v, String path) {
        byte[] word = new byte[32];
        switch (type) {
            case "address" -> {
                if (!v.isTextual()) {
                    throw new AtelierException(path + " must be an address string.");
                }
                Address a;
                try {
                    a = Address.parse(v.asText());
                } catch (AtelierException e) {
                    throw new AtelierException(path + ": " + e.userMessage(), e);
                }
                System.arraycopy(a.toBytes(), 0, word, 12, 20);
                return node(word, name, type, a.toChecksumHex(), a);
            }
            case "bool" -> {
                if (!v.isBoolean()) {
                    throw new AtelierException(path + " must be true or false (a JSON boolean), got " + Hex.abbreviate(v.toString()) + ".");
                }
                word[31] = (byte) (v.booleanValue() ? 1 : 0);
                return node(word, name, type, Boolean.toString(v.booleanValue()), v.booleanValue());
            }
            case "string" -> {
                if (!v.isTextual()) {
                    throw new AtelierException(path + " must be a string.");
                }
                if (!isWellFormed(v.asText())) {
                    // Java would hash a lone surrogate as "?" while the review shows something else
                    throw new AtelierException(path + " contains an unpaired UTF-16 surrogate (\\uD800-\\uDFFF), which is not text.");
                }
                byte[] utf8 = v.asText().getBytes(StandardCharsets.UTF_8);
                return node(Keccak.hash256(utf8), name, type, v.asText(), v.asText());
            }
            case "bytes" -> {
                if (!v.isTextual()) {
                    throw new AtelierException(path + " must be a 0x-prefixed hex string.");
                }
                byte[] b = Hex.parse(v.asText(), path, TypedData.maxBytesValue());
                return node(Keccak.hash256(b), name, type, Hex.of(b), b);
            }
            default -> {
                Matcher m = INT.matcher(type);
                if (m.matches()) {
                    return integer(name, type, v, path, m.group(1).isEmpty(), Integer.parseInt(m.group(2)));
                }
                Matcher b = BYTES_N.matcher(type);
                if (b.matches()) {
                    int n = Integer.parseInt(b.group(1));
                    if (!v.isTextual()) {
                        throw new AtelierException(path + " must be a 0x-prefixed hex string of " + n + " bytes.");
                    }
                    byte[] bytes = Hex.parseFixed(v.asText(), path, n);
                    System.arraycopy(bytes, 0, word, 0, n);
                    return node(word, name, type, Hex.of(bytes), bytes);
                }
                throw new IllegalStateException("not atomic: " + type);
            }
        }
    }

    private static TypedDataEncoded integer(String name, String type, JsonNode v, String path, boolean signed, int bits) {
        BigInteger x;
        if (v.isIntegralNumber()) {
            x = v.bigIntegerValue();
        } else if (v.isTextual()) {
            String s = v.asText().strip();
            boolean negative = s.startsWith("-");
            BigInteger mag = Quantity.parseText(negative ? s.substring(1) : s, path);
            x = negative ? mag.negate() : mag;
        } else {
            throw new AtelierException(path + " must be a whole number (" + type + "), as a JSON integer or a decimal/hex string.");
        }
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (x.compareTo(min) < 0 || x.compareTo(max) > 0) {
            throw new AtelierException(path + " = " + x + " is out of range for " + type + ".");
        }
        byte[] word = new byte[32];
        byte[] tc = x.toByteArray(); // two's complement, minimal
        byte fill = (byte) (x.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(word, fill);
        int len = Math.min(32, tc.length);
        System.arraycopy(tc, tc.length - len, word, 32 - len, len);
        return node(word, name, type, x.toString(), x);
    }

    private static TypedDataEncoded node(byte[] word, String name, String type, String shown, Object raw) {
        return new TypedDataEncoded(word, new TypedNode(name, type, shown, raw, List.of()));
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
