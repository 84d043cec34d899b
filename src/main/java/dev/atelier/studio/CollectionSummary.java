package dev.atelier.studio;

/** A collection with its item counts per verdict, for lists and {@code collection show}. */
public record CollectionSummary(Collection collection, long items, long ready, long warnings, long errors) {
    public Verdict verdict() {
        if (errors > 0) {
            return Verdict.ERRORS;
        }
        return warnings > 0 ? Verdict.WARNINGS : Verdict.READY;
    }
}
