package dev.atelier.chain.tx;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.Quantities;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Computes {@link FeeSuggestion}s from the node's recent blocks. */
public final class FeeOracle {
    static final int BLOCKS = 20;
    static final double[] PERCENTILES = {10, 50, 90};
    private static final BigInteger GWEI = BigInteger.TEN.pow(9);

    private FeeOracle() {
    }

    public static FeeSuggestion suggest(EthRpc rpc) {
        JsonNode history = rpc.feeHistory(BLOCKS, PERCENTILES);
        JsonNode bases = history.path("baseFeePerGas");
        BigInteger nextBase = bases.isArray() && bases.size() > 0
                ? Quantities.parse(bases.get(bases.size() - 1), "base fee") : BigInteger.ZERO;
        if (nextBase.signum() == 0) {
            BigInteger g = rpc.gasPrice();
            return new FeeSuggestion(false, BigInteger.ZERO, legacy("slow", g, 100), legacy("normal", g, 110), legacy("fast", g, 125));
        }
        BigInteger[] tips = new BigInteger[3];
        JsonNode rewards = history.path("reward");
        JsonNode ratios = history.path("gasUsedRatio");
        for (int p = 0; p < 3; p++) {
            List<BigInteger> seen = new ArrayList<>();
            for (int b = 0; b < rewards.size(); b++) {
                // empty blocks report zero rewards, which says nothing about what it takes to get in
                if (ratios.path(b).asDouble(1) == 0 || !rewards.get(b).isArray() || rewards.get(b).size() <= p) {
                    continue;
                }
                seen.add(Quantities.parse(rewards.get(b).get(p), "reward"));
            }
            tips[p] = median(seen);
        }
        if (tips[1] == null) {
            BigInteger fallback = rpc.maxPriorityFeePerGas().orElse(GWEI);
            tips = new BigInteger[] {fallback, fallback, fallback.multiply(BigInteger.valueOf(2))};
        }
        for (int p = 0; p < 3; p++) {
            if (tips[p] == null) {
                tips[p] = tips[1];
            }
        }
        // keep the tiers ordered even when the percentiles came out crossed
        tips[1] = tips[1].max(tips[0]);
        tips[2] = tips[2].max(tips[1]);
        return new FeeSuggestion(true, nextBase,
                eip1559("slow", nextBase, 125, tips[0]),
                eip1559("normal", nextBase, 200, tips[1]),
                eip1559("fast", nextBase, 300, tips[2]));
    }

    private static FeeSuggestion.Tier eip1559(String name, BigInteger base, int percentOfBase, BigInteger tip) {
        BigInteger max = base.multiply(BigInteger.valueOf(percentOfBase)).divide(BigInteger.valueOf(100)).add(tip);
        return new FeeSuggestion.Tier(name, max, tip);
    }

    private static FeeSuggestion.Tier legacy(String name, BigInteger gasPrice, int percent) {
        BigInteger p = gasPrice.multiply(BigInteger.valueOf(percent)).divide(BigInteger.valueOf(100));
        return new FeeSuggestion.Tier(name, p, p);
    }

    static BigInteger median(List<BigInteger> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigInteger> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).shiftRight(1);
    }
}
