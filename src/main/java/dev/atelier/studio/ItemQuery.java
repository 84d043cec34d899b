package dev.atelier.studio;

import java.util.List;

/**
 * What the item table shows: a collection, optional full-text words (prefix-matched over name,
 * description and trait values), attribute filters (all must match), an optional verdict, and an order.
 */
public record ItemQuery(long collectionId, String text, List<TraitFilter> traits, Verdict verdict, ItemSort sort,
                        boolean descending) {
    public ItemQuery {
        text = text == null ? "" : text;
        traits = List.copyOf(traits);
    }

    public static ItemQuery all(long collectionId) {
        return new ItemQuery(collectionId, "", List.of(), null, ItemSort.TOKEN, false);
    }

    public ItemQuery withText(String t) {
        return new ItemQuery(collectionId, t, traits, verdict, sort, descending);
    }

    public ItemQuery withTraits(List<TraitFilter> t) {
        return new ItemQuery(collectionId, text, t, verdict, sort, descending);
    }

    public ItemQuery withVerdict(Verdict v) {
        return new ItemQuery(collectionId, text, traits, v, sort, descending);
    }

    public ItemQuery sortedBy(ItemSort s, boolean desc) {
        return new ItemQuery(collectionId, text, traits, verdict, s, desc);
    }
}
