package dev.atelier.asset.budget;

/** One limit checked against an asset: the measured value, the limit and the verdict. */
public record BudgetResult(String limit, Object value, Object max, Verdict result) {
    public enum Verdict {
        PASS, WARN, FAIL;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
