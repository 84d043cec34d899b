package dev.atelier.studio;

import dev.atelier.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds items: full-text words through FTS5 (prefix match on every word), attribute filters
 * through the {@code item_traits} index, sorted by an indexed column.
 */
public final class CatalogSearch {
    public static final int MAX_WORDS = 8;
    public static final int MAX_WORD = 64;

    private final Database db;

    public CatalogSearch(Database db) {
        this.db = db;
    }

    /** Row ids of every matching item, in the query's order (the table pages through them). */
    public long[] ids(ItemQuery q) {
        return ids(q, Integer.MAX_VALUE);
    }

    /** Row ids of the first {@code limit} matching items. */
    public long[] ids(ItemQuery q, int limit) {
        List<Object> args = new ArrayList<>();
        String match = match(q);
        String dir = q.descending() ? " DESC" : "";
        StringBuilder sql = new StringBuilder("SELECT i.id FROM items i");
        if (!match.isEmpty()) {
            // Few matches: fetch them through the index of the FTS query and sort them, rather than
            // walking the whole collection in sort order and testing each row.
            sql.append(" JOIN (SELECT rowid AS id FROM items_fts WHERE items_fts MATCH ?) m ON m.id = i.id");
            args.add(match);
        }
        sql.append(" WHERE i.collection_id = ?");
        args.add(q.collectionId());
        if (q.verdict() != null) {
            sql.append(" AND i.verdict = ?");
            args.add(q.verdict().id());
        }
        boolean indexed = match.isEmpty();
        sql.append(" ORDER BY ").append(q.sort().sql(indexed)).append(dir).append(", ").append(ItemSort.TOKEN.sql(indexed)).append(dir);
        if (limit != Integer.MAX_VALUE) {
            sql.append(" LIMIT ").append(limit);
        }
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                bind(ps, args);
                long[] buf = new long[1024];
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (n == buf.length) {
                            buf = java.util.Arrays.copyOf(buf, n * 2);
                        }
                        buf[n++] = rs.getLong(1);
                    }
                }
                return java.util.Arrays.copyOf(buf, n);
            }
        });
    }

    public long count(ItemQuery q) {
        List<Object> args = new ArrayList<>();
        String match = match(q);
        String sql;
        if (match.isEmpty()) {
            sql = "SELECT count(*) FROM items i WHERE i.collection_id = ?" + (q.verdict() == null ? "" : " AND i.verdict = ?");
            args.add(q.collectionId());
        } else if (q.verdict() == null) {
            // Every FTS query carries a collection-scoped token, so the index alone answers.
            sql = "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?";
            args.add(match);
        } else {
            sql = "SELECT count(*) FROM items i JOIN (SELECT rowid AS id FROM items_fts WHERE items_fts MATCH ?) m ON m.id = i.id "
                    + "WHERE i.verdict = ?";
            args.add(match);
        }
        if (q.verdict() != null) {
            args.add(q.verdict().id());
        }
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** The first {@code limit} matching items, loaded. */
    public List<Item> find(ItemQuery q, int limit) {
        long[] ids = ids(q, limit);
        return new ArrayList<>(new CatalogStore(db).items(ids).values());
    }

    /** Trait types of a collection with their values and how many items have each, for the filter menus. */
    public Map<String, Map<String, Long>> traitValues(long collectionId, int maxValuesPerTrait) {
        return db.read(conn -> {
            Map<String, Map<String, Long>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT trait_type, value, items FROM trait_counts "
                    + "WHERE collection_id = ? ORDER BY trait_type, value")) {
                ps.setLong(1, collectionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Long> values = out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>());
                        if (values.size() < maxValuesPerTrait) {
                            values.put(rs.getString(2), rs.getLong(3));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * The FTS5 query for the text and attribute filters ("" when there are neither): exact attribute
     * tokens (which are scoped to the collection), or else the collection's token, AND the words.
     */
    static String match(ItemQuery q) {
        String words = ftsQuery(q.text());
        if (words.isEmpty() && q.traits().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (q.traits().isEmpty()) {
            b.append("tags : ").append(SearchTokens.collection(q.collectionId()));
        } else {
            for (TraitFilter f : q.traits()) {
                if (b.length() > 0) {
                    b.append(" AND ");
                }
                b.append("tags : ").append(SearchTokens.trait(q.collectionId(), f.traitType(), f.value()));
            }
        }
        if (!words.isEmpty()) {
            b.append(" AND {name description traits} : (").append(words).append(')');
        }
        return b.toString();
    }

    /**
     * Turns what a user typed into an FTS5 query: every word (letters and digits) becomes a quoted
     * prefix term, so operators and quotes in the input are never interpreted.
     */
    static String ftsQuery(String text) {
        StringBuilder b = new StringBuilder();
        int words = 0;
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (words++ == MAX_WORDS) {
                break;
            }
            String word = w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w;
            b.append(words > 1 ? " AND " : "").append('"').append(word).append("\"*");
        }
        return b.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws java.sql.SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }
}
