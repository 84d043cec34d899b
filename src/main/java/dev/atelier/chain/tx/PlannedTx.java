package dev.atelier.chain.tx;

import dev.atelier.crypto.Address;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A transaction ready to be signed: every field filled (chain, nonce from the node and our queue,
 * gas from {@code eth_estimateGas} plus a margin, fees from a {@link FeeSuggestion} tier).
 * {@link #toSignRequest()} is the JSON-RPC {@code eth_signTransaction} object the signer takes.
 */
public record PlannedTx(long chainId, Address from, Address to, long nonce, BigInteger value, String data, BigInteger gas,
                        BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas, boolean eip1559) {
    public BigInteger feeCeiling() {
        return gas.multiply(maxFeePerGas);
    }

    public Map<String, Object> toSignRequest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chainId", hex(BigInteger.valueOf(chainId)));
        m.put("from", from.toChecksumHex());
        if (to != null) {
            m.put("to", to.toChecksumHex());
        }
        m.put("nonce", hex(BigInteger.valueOf(nonce)));
        m.put("value", hex(value));
        m.put("data", data);
        m.put("gas", hex(gas));
        if (eip1559) {
            m.put("type", "0x2");
            m.put("maxFeePerGas", hex(maxFeePerGas));
            m.put("maxPriorityFeePerGas", hex(maxPriorityFeePerGas));
        } else {
            m.put("type", "0x0");
            m.put("gasPrice", hex(maxFeePerGas));
        }
        return m;
    }

    /** The same transaction with the next nonce (for a run of consecutive transactions). */
    public PlannedTx withNonce(long n) {
        return new PlannedTx(chainId, from, to, n, value, data, gas, maxFeePerGas, maxPriorityFeePerGas, eip1559);
    }

    private static String hex(BigInteger v) {
        return "0x" + v.toString(16);
    }
}
