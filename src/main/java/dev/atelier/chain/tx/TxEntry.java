package dev.atelier.chain.tx;

import java.math.BigInteger;
import java.time.Instant;

/** One row of the transaction queue. */
public record TxEntry(long id, String networkId, long chainId, String hash, String from, long nonce, String to,
                      BigInteger value, String raw, String label, TxStatus status, Long replacesId, int attempts,
                      String lastError, Long blockNumber, BigInteger gasUsed, BigInteger effectiveGasPrice,
                      String contractAddress, Instant createdAt, Instant sentAt, Instant minedAt) {
    /** Blocks on top of (and including) the one that mined it; 0 while not mined. */
    public long confirmations(long headBlock) {
        return blockNumber == null ? 0 : Math.max(0, headBlock - blockNumber + 1);
    }

    public SignedTx decode() {
        return SignedTx.parse(raw);
    }

    public String shortHash() {
        return hash.length() > 14 ? hash.substring(0, 10) + "…" + hash.substring(hash.length() - 4) : hash;
    }
}
