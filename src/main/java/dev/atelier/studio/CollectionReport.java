package dev.atelier.studio;

import java.util.List;

/** A whole-collection validation: the collection's own findings and every item's. */
public record CollectionReport(Collection collection, ValidationReport own, List<ItemResult> items) {
    public record ItemResult(long itemId, TokenId tokenId, String name, ValidationReport report) {
    }

    public CollectionReport {
        items = List.copyOf(items);
    }

    public long count(Verdict v) {
        return items.stream().filter(r -> r.report().verdict() == v).count();
    }

    /** Packaging is refused while this is true. */
    public boolean hasErrors() {
        return own.verdict() == Verdict.ERRORS || count(Verdict.ERRORS) > 0 || items.isEmpty();
    }

    public Verdict verdict() {
        Verdict v = own.verdict();
        for (ItemResult r : items) {
            v = v.worst(r.report().verdict());
        }
        return items.isEmpty() ? Verdict.ERRORS : v;
    }
}
