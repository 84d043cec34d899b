package dev.atelier.chain;

import java.time.Duration;

/** What "Test connection" found: the node's chain, its head, and one round trip's latency. */
public record ConnectionReport(String endpoint, long chainId, long expectedChainId, long latestBlock, long blockTimestamp,
                               Duration latency) {
    public boolean chainMatches() {
        return chainId == expectedChainId;
    }

    public String summary() {
        return (chainMatches() ? "Connected to " : "Wrong chain at ") + endpoint + ": chain " + chainId
                + (chainMatches() ? "" : " (expected " + expectedChainId + ")") + ", block " + latestBlock + ", "
                + latency.toMillis() + " ms";
    }
}
