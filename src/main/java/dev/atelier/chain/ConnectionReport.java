package dev.atelier.chain;

import dev.atelier.chain.tx.FeeSuggestion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * What "Test connection" found: the node's chain, its head, one round trip's latency, and the fee
 * tiers for the next block ({@code fees} is null when the node could not say).
 */
public record ConnectionReport(String endpoint, long chainId, long expectedChainId, long latestBlock, long blockTimestamp,
                               Duration latency, FeeSuggestion fees) {
    public boolean chainMatches() {
        return chainId == expectedChainId;
    }

    public String summary() {
        return (chainMatches() ? "Connected to " : "Wrong chain at ") + endpoint + ": chain " + chainId
                + (chainMatches() ? "" : " (expected " + expectedChainId + ")") + ", block " + latestBlock + ", "
                + latency.toMillis() + " ms";
    }

    /** "slow 1.2 · normal 1.5 · fast 2 gwei (max fee)", or empty. */
    public String feeLine() {
        if (fees == null) {
            return "";
        }
        return "Fees now (max per gas): slow " + gwei(fees.slow().maxFeePerGas()) + " · normal " + gwei(fees.normal().maxFeePerGas())
                + " · fast " + gwei(fees.fast().maxFeePerGas()) + " gwei" + (fees.eip1559() ? "" : " (legacy gas price)");
    }

    static String gwei(BigInteger wei) {
        BigDecimal g = new BigDecimal(wei).movePointLeft(9);
        return g.setScale(g.compareTo(BigDecimal.ONE) < 0 ? 4 : 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
