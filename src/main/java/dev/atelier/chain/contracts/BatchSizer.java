package dev.atelier.chain.contracts;

import java.math.BigInteger;
import java.util.function.IntFunction;

/**
 * Chooses how many items go into one batch-mint transaction: the gas of a batch grows linearly
 * with its size (a fixed part plus a per-item part), so two estimates give both, and the batch is
 * the largest that stays under a gas budget (a share of the block gas limit, so it is mined
 * promptly and never hits the block limit).
 */
public final class BatchSizer {
    /** What one batch size costs and how many fit: {@code base + perItem × n <= budget}. */
    public record Sizing(BigInteger base, BigInteger perItem, int batchSize) {
    }

    private BatchSizer() {
    }

    /**
     * @param gasFor    estimated gas of a batch of n items (called for 1 and for {@code probe})
     * @param budget    gas allowed per transaction
     * @param maxItems  upper bound (the items left, or a cap on calldata size)
     */
    public static Sizing size(IntFunction<BigInteger> gasFor, int probe, BigInteger budget, int maxItems) {
        if (probe < 2 || maxItems < 1) {
            throw new IllegalArgumentException("probe >= 2 and maxItems >= 1");
        }
        BigInteger one = gasFor.apply(1);
        BigInteger many = gasFor.apply(probe);
        BigInteger perItem = many.subtract(one).divide(BigInteger.valueOf(probe - 1)).max(BigInteger.ONE);
        BigInteger base = one.subtract(perItem).max(BigInteger.ZERO);
        BigInteger fits = budget.subtract(base).divide(perItem);
        int n = fits.signum() <= 0 ? 1 : (int) Math.min(maxItems, fits.min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue());
        return new Sizing(base, perItem, Math.max(1, n));
    }
}
