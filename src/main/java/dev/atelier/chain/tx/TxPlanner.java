package dev.atelier.chain.tx;

import dev.atelier.chain.Network;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.Quantities;
import dev.atelier.chain.rpc.RpcException;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills in a transaction before signing: nonce (the node's pending count or past our queue), gas
 * ({@code eth_estimateGas} + 20 %, so a slightly different state at mining time does not run it out
 * of gas), and fees from a tier of {@link FeeOracle}. A call the contract would refuse is reported
 * now, in plain words, instead of costing a fee later.
 */
public final class TxPlanner {
    private final TxQueue queue;

    public TxPlanner(TxQueue queue) {
        this.queue = queue;
    }

    public PlannedTx plan(Network network, EthRpc rpc, Address from, Address to, BigInteger value, String data, String tier) {
        FeeSuggestion fees = FeeOracle.suggest(rpc);
        FeeSuggestion.Tier t = fees.tier(tier);
        long nonce = queue.nextNonce(network, rpc, from);
        BigInteger gas = estimate(rpc, from, to, value, data);
        PlannedTx p = new PlannedTx(network.chainId(), from, to, nonce, value, data, gas, t.maxFeePerGas(), t.maxPriorityFeePerGas(),
                fees.eip1559());
        BigInteger balance = rpc.balance(from);
        BigInteger need = p.feeCeiling().add(value);
        if (balance.compareTo(need) < 0) {
            throw new AtelierException(from + " holds " + ether(balance) + " " + network.currency() + " but this transaction may cost up to "
                    + ether(need) + " " + network.currency() + ". Top it up first.");
        }
        return p;
    }

    /** Gas estimate with a 20 % margin; a revert becomes an AtelierException naming the reason when the node gives one. */
    public static BigInteger estimate(EthRpc rpc, Address from, Address to, BigInteger value, String data) {
        Map<String, Object> tx = new LinkedHashMap<>();
        tx.put("from", from.toLowerHex());
        if (to != null) {
            tx.put("to", to.toLowerHex());
        }
        tx.put("value", Quantities.hex(value));
        tx.put("data", data);
        try {
            BigInteger g = rpc.estimateGas(tx);
            return g.add(g.divide(BigInteger.valueOf(5)));
        } catch (RpcException e) {
            if (e.unreachable()) {
                throw e;
            }
            throw new AtelierException("The node says this transaction would fail: " + e.userMessage(), e);
        }
    }

    private static String ether(BigInteger wei) {
        return new java.math.BigDecimal(wei).movePointLeft(18).setScale(6, java.math.RoundingMode.UP).stripTrailingZeros().toPlainString();
    }
}
