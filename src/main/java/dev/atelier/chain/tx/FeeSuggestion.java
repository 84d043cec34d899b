package dev.atelier.chain.tx;

import java.math.BigInteger;

/**
 * Slow / normal / fast fees for the next block. For EIP-1559 chains the tiers are the 10th, 50th
 * and 90th percentile of the priority fees paid in recent blocks ({@code eth_feeHistory}), with a
 * max fee of the next base fee times 1.25 / 2 / 3 plus the tip (the unused part is refunded).
 * Chains without a base fee get {@code eth_gasPrice} × 1 / 1.1 / 1.25 as legacy gas prices.
 */
public record FeeSuggestion(boolean eip1559, BigInteger nextBaseFee, Tier slow, Tier normal, Tier fast) {
    public record Tier(String name, BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas) {
        /** What the transaction costs at most with this gas limit. */
        public BigInteger maxCost(BigInteger gasLimit) {
            return maxFeePerGas.multiply(gasLimit);
        }
    }

    public Tier tier(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "slow" -> slow;
            case "fast" -> fast;
            default -> normal;
        };
    }
}
