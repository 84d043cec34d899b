package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import dev.atelier.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collections and items in {@code studio.db}. Every write keeps the attribute index
 * ({@code item_traits}) and the full-text index ({@code items_fts}) in the same transaction as the
 * item, so a search never sees half an edit.
 */
public final class CatalogStore {
    static final String ITEM_COLUMNS = "i.id, i.collection_id, i.token_key, i.name, i.description, i.image, i.animation_url, "
            + "i.external_url, i.background_color, i.supply, i.attributes, i.properties, i.status, i.verdict";
    private static final String COLLECTION_COLUMNS = "id, name, symbol, standard, description, cover_image, external_link, "
            + "royalty_receiver, royalty_bps, network, profile, contract_address, base_uri";

    private final Database db;

    public CatalogStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    // ---- collections ----

    public Collection createCollection(Collection c) {
        return db.write(conn -> {
            if (findCollection(conn, c.name()).isPresent()) {
                throw new AtelierException("A collection named '" + c.name() + "' already exists. Choose another name.");
            }
            long now = System.currentTimeMillis();
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO collections(name, symbol, standard, description, "
                    + "cover_image, external_link, royalty_receiver, royalty_bps, network, profile, contract_address, base_uri, "
                    + "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                bindCollection(ps, c);
                ps.setLong(13, now);
                ps.setLong(14, now);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return c.withId(rs.getLong(1));
                }
            }
        });
    }

    public void updateCollection(Collection c) {
        db.write(conn -> {
            Optional<Collection> same = findCollection(conn, c.name());
            if (same.isPresent() && same.get().id() != c.id()) {
                throw new AtelierException("A collection named '" + c.name() + "' already exists. Choose another name.");
            }
            try (PreparedStatement ps = conn.prepareStatement("UPDATE collections SET name=?, symbol=?, standard=?, "
                    + "description=?, cover_image=?, external_link=?, royalty_receiver=?, royalty_bps=?, network=?, profile=?, "
                    + "contract_address=?, base_uri=?, updated_at=? WHERE id=?")) {
                bindCollection(ps, c);
                ps.setLong(13, System.currentTimeMillis());
                ps.setLong(14, c.id());
                if (ps.executeUpdate() != 1) {
                    throw new AtelierException("The collection '" + c.name() + "' no longer exists.");
                }
            }
            return null;
        });
    }

    public void deleteCollection(long id) {
        db.write(conn -> {
            try (PreparedStatement fts = conn.prepareStatement(
                    "DELETE FROM items_fts WHERE rowid IN (SELECT id FROM items WHERE collection_id = ?)");
                 PreparedStatement ps = conn.prepareStatement("DELETE FROM collections WHERE id = ?")) {
                fts.setLong(1, id);
                fts.executeUpdate();
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Collection> findCollection(String name) {
        return db.read(conn -> findCollection(conn, name));
    }

    public Collection collection(String name) {
        return findCollection(name).orElseThrow(() -> new AtelierException("There is no collection named '" + name
                + "'. 'atelier collection list' shows the collections."));
    }

    public Optional<Collection> collection(long id) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLLECTION_COLUMNS + " FROM collections WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readCollection(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every collection with its item counts, by name. */
    public List<CollectionSummary> collections() {
        return db.read(conn -> {
            List<CollectionSummary> out = new ArrayList<>();
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT " + COLLECTION_COLUMNS
                    + ", (SELECT count(*) FROM items WHERE collection_id = c.id),"
                    + " (SELECT count(*) FROM items WHERE collection_id = c.id AND verdict = 'ready'),"
                    + " (SELECT count(*) FROM items WHERE collection_id = c.id AND verdict = 'warnings'),"
                    + " (SELECT count(*) FROM items WHERE collection_id = c.id AND verdict = 'errors')"
                    + " FROM collections c ORDER BY name COLLATE NOCASE")) {
                while (rs.next()) {
                    out.add(new CollectionSummary(readCollection(rs), rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17)));
                }
            }
            return out;
        });
    }

    public CollectionSummary summary(long collectionId) {
        return collections().stream().filter(s -> s.collection().id() == collectionId).findFirst()
                .orElseThrow(() -> new AtelierException("The collection no longer exists."));
    }

    private static Optional<Collection> findCollection(Connection conn, String name) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLLECTION_COLUMNS + " FROM collections WHERE name = ?")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readCollection(rs)) : Optional.empty();
            }
        }
    }

    private static void bindCollection(PreparedStatement ps, Collection c) throws SQLException {
        ps.setString(1, c.name().strip());
        ps.setString(2, c.symbol());
        ps.setString(3, c.standard().id());
        ps.setString(4, c.description());
        ps.setString(5, c.coverImage());
        ps.setString(6, c.externalLink());
        ps.setString(7, c.royaltyReceiver());
        ps.setInt(8, c.royaltyBps());
        ps.setString(9, c.network());
        ps.setString(10, c.profile());
        ps.setString(11, c.contractAddress());
        ps.setString(12, c.baseUri());
    }

    private static Collection readCollection(ResultSet rs) throws SQLException {
        return new Collection(rs.getLong(1), rs.getString(2), rs.getString(3), Standard.parse(rs.getString(4)), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13));
    }

    // ---- items ----

    /** Inserts items in the caller's transaction (or one of its own); returns them with their row ids. */
    public List<Item> insertItems(List<Item> items) {
        return db.write(conn -> {
            try (ItemWriter w = new ItemWriter(conn)) {
                List<Item> out = new ArrayList<>(items.size());
                for (Item it : items) {
                    out.add(w.insert(it));
                }
                return out;
            }
        });
    }

    public Item insertItem(Item item) {
        return insertItems(List.of(item)).get(0);
    }

    /** A writer for many items inside one {@link Database#write} transaction (imports). */
    public ItemWriter writer(Connection conn) throws SQLException {
        return new ItemWriter(conn);
    }

    public void updateItem(Item item) {
        db.write(conn -> {
            try (ItemWriter w = new ItemWriter(conn)) {
                w.update(item);
            }
            return null;
        });
    }

    public void deleteItem(long id) {
        db.write(conn -> {
            try (ItemWriter w = new ItemWriter(conn)) {
                w.delete(id);
            }
            return null;
        });
    }

    public Optional<Item> item(long id) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM items i WHERE i.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readItem(rs)) : Optional.empty();
                }
            }
        });
    }

    public Optional<Item> itemByToken(long collectionId, TokenId token) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + ITEM_COLUMNS
                    + " FROM items i WHERE i.collection_id = ? AND i.token_key = ?")) {
                ps.setLong(1, collectionId);
                ps.setString(2, token.key());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readItem(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Loads the given items; the map keeps the order of {@code ids}. */
    public Map<Long, Item> items(long[] ids) {
        if (ids.length == 0) {
            return Map.of();
        }
        return db.read(conn -> {
            Map<Long, Item> found = new java.util.HashMap<>(ids.length * 2);
            for (int from = 0; from < ids.length; from += 500) {
                int n = Math.min(500, ids.length - from);
                StringBuilder sql = new StringBuilder("SELECT " + ITEM_COLUMNS + " FROM items i WHERE i.id IN (");
                for (int i = 0; i < n; i++) {
                    sql.append(i == 0 ? "?" : ",?");
                }
                sql.append(')');
                try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                    for (int i = 0; i < n; i++) {
                        ps.setLong(i + 1, ids[from + i]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Item it = readItem(rs);
                            found.put(it.id(), it);
                        }
                    }
                }
            }
            Map<Long, Item> ordered = new LinkedHashMap<>();
            for (long id : ids) {
                Item it = found.get(id);
                if (it != null) {
                    ordered.put(id, it);
                }
            }
            return ordered;
        });
    }

    /** Calls {@code each} for every item of the collection in token order. */
    public void forEachItem(long collectionId, Consumer<Item> each) {
        db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + ITEM_COLUMNS
                    + " FROM items i WHERE i.collection_id = ? ORDER BY i.token_key")) {
                ps.setLong(1, collectionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(readItem(rs));
                    }
                }
            }
            return null;
        });
    }

    public List<Item> allItems(long collectionId) {
        List<Item> out = new ArrayList<>();
        forEachItem(collectionId, out::add);
        return out;
    }

    /** Token ids already used in the collection, as {@link TokenId#key()}s. */
    public Set<String> tokenKeys(long collectionId) {
        return db.read(conn -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT token_key FROM items WHERE collection_id = ?")) {
                ps.setLong(1, collectionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The id after the highest token id in the collection (1 for an empty one). */
    public TokenId nextTokenId(long collectionId) {
        return db.read(conn -> nextTokenId(conn, collectionId));
    }

    static TokenId nextTokenId(Connection conn, long collectionId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT max(token_key) FROM items WHERE collection_id = ?")) {
            ps.setLong(1, collectionId);
            try (ResultSet rs = ps.executeQuery()) {
                String max = rs.next() ? rs.getString(1) : null;
                return max == null ? TokenId.of(1) : TokenId.fromKey(max).next();
            }
        }
    }

    /** Stores new verdicts (after a profile change or a file changed on disk). */
    public void setVerdicts(Map<Long, Verdict> verdicts) {
        db.write(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE items SET verdict = ? WHERE id = ?")) {
                for (Map.Entry<Long, Verdict> e : verdicts.entrySet()) {
                    ps.setString(1, e.getValue().id());
                    ps.setLong(2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    static Item readItem(ResultSet rs) throws SQLException {
        return new Item(rs.getLong(1), rs.getLong(2), TokenId.fromKey(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10),
                ItemCodec.attributes(rs.getString(11)), ItemCodec.properties(rs.getString(12)),
                ItemStatus.parse(rs.getString(13)), Verdict.parse(rs.getString(14)));
    }
}
