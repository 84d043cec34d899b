package dev.atelier.chain.tx;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to sign to speed up or cancel a stuck transaction: the same sender and nonce with fees at
 * least 12.5 % higher (nodes require 10 %; geth {@code txpool.pricebump}). A speed-up repeats the
 * call; a cancel sends nothing to oneself, so whichever is mined, the nonce is used once.
 */
public record Replacement(long originalId, boolean cancel, long chainId, String from, long nonce, String to, BigInteger value,
                          String data, BigInteger gasLimit, BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas, int type) {
    static final BigInteger CANCEL_GAS = BigInteger.valueOf(21_000);

    public static Replacement plan(TxEntry original, boolean cancel, FeeSuggestion fees) {
        SignedTx tx = original.decode();
        BigInteger tip = bump(tx.maxPriorityFeePerGas()).max(fees.fast().maxPriorityFeePerGas());
        BigInteger max = bump(tx.maxFeePerGas()).max(fees.fast().maxFeePerGas()).max(tip);
        if (!fees.eip1559() || tx.type() != 2) {
            tip = max; // legacy: one gas price
        }
        return new Replacement(original.id(), cancel, tx.chainId(), tx.from().toChecksumHex(), tx.nonce(),
                cancel ? tx.from().toChecksumHex() : tx.to() == null ? null : tx.to().toChecksumHex(),
                cancel ? BigInteger.ZERO : tx.value(), cancel ? "0x" : tx.data(), cancel ? CANCEL_GAS : tx.gasLimit(),
                max, tip, tx.type() == 2 ? 2 : 0);
    }

    /** +12.5 %, rounded up, at least +1 wei. */
    static BigInteger bump(BigInteger v) {
        return v.add(v.add(BigInteger.valueOf(7)).shiftRight(3)).max(v.add(BigInteger.ONE));
    }

    /** Does {@code next} pay enough more than {@code previous} for nodes to accept it as a replacement? */
    public static boolean outbids(SignedTx previous, SignedTx next) {
        BigInteger minTip = previous.maxPriorityFeePerGas().multiply(BigInteger.valueOf(110)).add(BigInteger.valueOf(99)).divide(BigInteger.valueOf(100));
        BigInteger minMax = previous.maxFeePerGas().multiply(BigInteger.valueOf(110)).add(BigInteger.valueOf(99)).divide(BigInteger.valueOf(100));
        return next.maxPriorityFeePerGas().compareTo(minTip) >= 0 && next.maxFeePerGas().compareTo(minMax) >= 0;
    }

    /** The request as an {@code eth_signTransaction} object (hex quantities), for the signer. */
    public Map<String, Object> toSignRequest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chainId", hex(BigInteger.valueOf(chainId)));
        m.put("from", from);
        if (to != null) {
            m.put("to", to);
        }
        m.put("nonce", hex(BigInteger.valueOf(nonce)));
        m.put("value", hex(value));
        m.put("data", data);
        m.put("gas", hex(gasLimit));
        if (type == 2) {
            m.put("type", "0x2");
            m.put("maxFeePerGas", hex(maxFeePerGas));
            m.put("maxPriorityFeePerGas", hex(maxPriorityFeePerGas));
        } else {
            m.put("gasPrice", hex(maxFeePerGas));
        }
        return m;
    }

    private static String hex(BigInteger v) {
        return "0x" + v.toString(16);
    }
}
