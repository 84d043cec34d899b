package dev.atelier.studio.imports;

import dev.atelier.common.AtelierException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One target per CSV column, in column order. */
public record ColumnMapping(List<String> headers, List<ColumnTarget> targets) {
    public ColumnMapping {
        headers = List.copyOf(headers);
        targets = List.copyOf(targets);
        if (headers.size() != targets.size()) {
            throw new IllegalArgumentException("one target per column");
        }
    }

    /** Maps every column by its header name (the CLI's mapping and the dialog's starting point). */
    public static ColumnMapping byHeaders(List<String> headers) {
        List<ColumnTarget> t = new ArrayList<>();
        for (String h : headers) {
            t.add(ColumnTarget.fromHeader(h));
        }
        return new ColumnMapping(headers, t);
    }

    public ColumnMapping with(int column, ColumnTarget target) {
        List<ColumnTarget> t = new ArrayList<>(targets);
        t.set(column, target);
        return new ColumnMapping(headers, t);
    }

    /** Refuses mappings that would silently lose data: a field mapped twice, or no name column. */
    public void check() {
        Set<ItemField> seen = EnumSet.noneOf(ItemField.class);
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof ColumnTarget.Field f && !seen.add(f.field())) {
                throw new AtelierException("Two columns are mapped to " + f.field().label() + " (the second is '"
                        + headers.get(i) + "'). Map one of them to something else or ignore it.");
            }
        }
        if (!seen.contains(ItemField.NAME)) {
            throw new AtelierException("No column is mapped to the item name. Map a column to Name (a 'name' header maps itself).");
        }
    }

    public List<String> ignoredHeaders() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof ColumnTarget.Ignore) {
                out.add(headers.get(i));
            }
        }
        return out;
    }

    boolean maps(ItemField f) {
        return targets.stream().anyMatch(t -> t instanceof ColumnTarget.Field x && x.field() == f);
    }
}
