package dev.atelier.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Random;

/** Seeded random eth_signTransaction requests covering every type and the awkward corners. */
public final class RandomTxs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long[] CHAINS = {1, 137, 31337, 11155111, 43114, 8453, 1L << 40};
    private static final int[] DATA_SIZES = {0, 0, 1, 4, 36, 55, 56, 68, 300, 5000};
    private final Random rnd;

    public RandomTxs(long seed) {
        this.rnd = new Random(seed);
    }

    /** The i-th request cycles through types 0, 1, 2 and, every fifth, a contract creation. */
    public ObjectNode next(int i) {
        ObjectNode tx = JSON.createObjectNode();
        int type = i % 3;
        tx.put("type", "0x" + type);
        tx.put("chainId", hex(BigInteger.valueOf(CHAINS[rnd.nextInt(CHAINS.length)])));
        tx.put("nonce", hex(rnd.nextInt(4) == 0 ? BigInteger.ZERO : new BigInteger(1 + rnd.nextInt(40), rnd)));
        boolean create = i % 5 == 4;
        if (!create) {
            tx.put("to", "0x" + HexFormat.of().formatHex(bytes(20)));
        }
        BigInteger value = switch (rnd.nextInt(4)) {
            case 0 -> BigInteger.ZERO;
            case 1 -> new BigInteger(64, rnd);
            case 2 -> new BigInteger(200, rnd);
            default -> BigInteger.ONE.shiftLeft(250).add(new BigInteger(100, rnd)); // large, leaves room for fees
        };
        tx.put("value", rnd.nextBoolean() ? hex(value) : value.toString());
        int size = create ? 20 + rnd.nextInt(400) : DATA_SIZES[rnd.nextInt(DATA_SIZES.length)];
        tx.put("data", "0x" + HexFormat.of().formatHex(bytes(size)));
        tx.put("gas", hex(BigInteger.valueOf(21_000 + rnd.nextInt(5_000_000))));
        BigInteger fee = BigInteger.valueOf(1 + rnd.nextInt(1_000_000)).multiply(BigInteger.valueOf(1_000_000_000L));
        if (type == 2) {
            tx.put("maxFeePerGas", hex(fee));
            tx.put("maxPriorityFeePerGas", hex(fee.divide(BigInteger.valueOf(1 + rnd.nextInt(100)))));
        } else {
            tx.put("gasPrice", hex(fee));
        }
        if (type != 0 && rnd.nextBoolean()) {
            ArrayNode al = tx.putArray("accessList");
            for (int e = 0, n = 1 + rnd.nextInt(3); e < n; e++) {
                ObjectNode entry = al.addObject();
                entry.put("address", "0x" + HexFormat.of().formatHex(bytes(20)));
                ArrayNode keys = entry.putArray("storageKeys");
                for (int k = 0, m = rnd.nextInt(3); k < m; k++) {
                    keys.add("0x" + HexFormat.of().formatHex(bytes(32)));
                }
            }
        }
        return tx;
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static String hex(BigInteger v) {
        return "0x" + v.toString(16);
    }
}
