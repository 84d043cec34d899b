package dev.atelier.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;

/** JSON-RPC hex quantities ({@code "0x1a"}), bounded to 256 bits before they are parsed. */
public final class Quantities {
    private Quantities() {
    }

    public static String hex(BigInteger v) {
        if (v.signum() < 0) {
            throw new IllegalArgumentException("negative quantity");
        }
        return "0x" + v.toString(16);
    }

    public static String hex(long v) {
        return hex(BigInteger.valueOf(v));
    }

    public static BigInteger parse(JsonNode node, String what) {
        if (node == null || !node.isTextual()) {
            throw RpcException.badReply("The node sent no " + what + ".");
        }
        return parse(node.asText(), what);
    }

    public static BigInteger parse(String s, String what) {
        if (s == null || !(s.startsWith("0x") || s.startsWith("0X")) || s.length() < 3 || s.length() > 66) {
            throw RpcException.badReply("The node sent a malformed " + what + ".");
        }
        try {
            return new BigInteger(s.substring(2), 16);
        } catch (NumberFormatException e) {
            throw RpcException.badReply("The node sent a malformed " + what + ".");
        }
    }

    public static long parseLong(JsonNode node, String what) {
        BigInteger v = parse(node, what);
        if (v.bitLength() > 62) {
            throw RpcException.badReply("The node sent an out-of-range " + what + ".");
        }
        return v.longValue();
    }
}
