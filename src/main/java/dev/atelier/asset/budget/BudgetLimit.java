package dev.atelier.asset.budget;

import java.util.List;

/**
 * One limit of a profile: a maximum for numeric metrics (a value above {@code warnRatio × max}
 * warns), the exact side for {@link Metric#IMAGE_EXACT_SIDE}, or the allowed types for
 * {@link Metric#MEDIA_TYPE} (lower-case type names such as {@code png}, {@code glb}).
 */
public record BudgetLimit(Metric metric, long max, List<String> allowed) {
    public static final double WARN_RATIO = 0.9;

    public BudgetLimit {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public static BudgetLimit max(Metric metric, long max) {
        return new BudgetLimit(metric, max, List.of());
    }

    public static BudgetLimit types(String... types) {
        return new BudgetLimit(Metric.MEDIA_TYPE, 0, List.of(types));
    }

    public static BudgetLimit flag(Metric metric) {
        return new BudgetLimit(metric, 0, List.of());
    }
}
