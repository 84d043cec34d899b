package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes items together with their full-text row and their share of the attribute counts, reusing
 * prepared statements: the bulk path of imports and the single path of edits. Use inside one
 * {@code Database.write} transaction and close it before the transaction ends (close writes the
 * attribute counts).
 */
public final class ItemWriter implements AutoCloseable {
    private final Connection conn;
    private final PreparedStatement insert;
    private final PreparedStatement fts;
    private PreparedStatement update;
    private PreparedStatement oldRow;
    private PreparedStatement clearFts;
    private PreparedStatement delete;
    private final Map<String, TraitDelta> deltas = new HashMap<>();
    /** Row ids are assigned here (the writer runs inside the one write transaction), saving a query per row. */
    private long nextId;

    private static final class TraitDelta {
        final long collectionId;
        final String trait;
        final String value;
        long delta;

        TraitDelta(long collectionId, String trait, String value) {
            this.collectionId = collectionId;
            this.trait = trait;
            this.value = value;
        }
    }

    ItemWriter(Connection conn) throws SQLException {
        this.conn = conn;
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM items")) {
            rs.next();
            nextId = rs.getLong(1) + 1;
        }
        insert = conn.prepareStatement("INSERT INTO items(id, collection_id, token_key, name, description, image, animation_url, "
                + "external_url, background_color, supply, attributes, properties, status, verdict, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        fts = conn.prepareStatement("INSERT INTO items_fts(rowid, name, description, traits, tags) VALUES (?,?,?,?,?)");
    }

    /**
     * An item with its stored forms already computed (JSON columns, search tokens), so that an
     * import can prepare the next rows on another core while this writer stores the current ones.
     */
    public record Encoded(Item item, String tokenKey, String attributesJson, String propertiesJson, String traitText,
                          String tags, List<TraitKey> traitKeys) {
    }

    /** An item's share of {@code trait_counts}: the case-insensitive key and the value as first written. */
    public record TraitKey(String key, String trait, String value) {
    }

    /** Computes the stored forms of an item; safe to call from any thread. */
    public static Encoded encode(Item it) {
        return new Encoded(it, it.tokenId().key(), ItemCodec.attributes(it.attributes()), ItemCodec.properties(it.properties()),
                ItemCodec.traitText(it.attributes()), SearchTokens.tags(it), traitKeys(it.collectionId(), it.attributes()));
    }

    /** One key per distinct (trait, value) of the item, case-insensitive: its share of {@code trait_counts}. */
    private static List<TraitKey> traitKeys(long collectionId, List<Attribute> attrs) {
        if (attrs.isEmpty()) {
            return List.of();
        }
        List<TraitKey> keys = new java.util.ArrayList<>(attrs.size());
        Set<String> seen = new HashSet<>();
        for (Attribute a : attrs) {
            String v = a.valueText();
            String key = collectionId + "\u001f" + a.traitType().toLowerCase(Locale.ROOT) + "\u001f" + v.toLowerCase(Locale.ROOT);
            if (seen.add(key)) {
                keys.add(new TraitKey(key, a.traitType(), v));
            }
        }
        return keys;
    }

    /**
     * Stores a batch of new items: one executeBatch per statement (sqlite-jdbc's executeUpdate runs an
     * extra "SELECT last_insert_rowid()" after every INSERT; a batch does not).
     */
    public void insertAll(List<Encoded> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        long first = nextId;
        long id = first;
        for (Encoded e : batch) {
            insert.setLong(1, id++);
            bind(insert, e, 1);
            insert.addBatch();
        }
        try {
            insert.executeBatch();
        } catch (SQLException ex) {
            insert.clearBatch();
            throw unique(batch.get(0).item(), ex);
        }
        id = first;
        for (Encoded e : batch) {
            bindFts(id++, e);
            fts.addBatch();
        }
        fts.executeBatch();
        nextId = id;
        for (Encoded e : batch) {
            count(e, +1);
        }
    }

    public Item insert(Item it) throws SQLException {
        return insert(encode(it));
    }

    public Item insert(Encoded e) throws SQLException {
        Item it = e.item();
        long id = nextId;
        insert.setLong(1, id);
        bind(insert, e, 1);
        try {
            insert.executeUpdate();
        } catch (SQLException ex) {
            throw unique(it, ex);
        }
        nextId++;
        index(id, e);
        count(e, +1);
        return it.withId(id);
    }

    public void update(Item it) throws SQLException {
        if (update == null) {
            update = conn.prepareStatement("UPDATE items SET collection_id=?, token_key=?, name=?, description=?, image=?, "
                    + "animation_url=?, external_url=?, background_color=?, supply=?, attributes=?, properties=?, status=?, "
                    + "verdict=?, updated_at=? WHERE id=?");
        }
        Old old = old(it.id());
        if (old == null) {
            throw new AtelierException("The item '" + it.name() + "' no longer exists.");
        }
        Encoded e = encode(it);
        bind(update, e, 0);
        update.setLong(15, it.id());
        try {
            update.executeUpdate();
        } catch (SQLException ex) {
            throw unique(it, ex);
        }
        clearFts(it.id());
        index(it.id(), e);
        count(old.collectionId, old.attributes, -1);
        count(e, +1);
    }

    public void delete(long itemId) throws SQLException {
        Old old = old(itemId);
        if (old == null) {
            return;
        }
        if (delete == null) {
            delete = conn.prepareStatement("DELETE FROM items WHERE id = ?");
        }
        clearFts(itemId);
        delete.setLong(1, itemId);
        delete.executeUpdate();
        count(old.collectionId, old.attributes, -1);
    }

    private record Old(long collectionId, List<Attribute> attributes) {
    }

    private Old old(long itemId) throws SQLException {
        if (oldRow == null) {
            oldRow = conn.prepareStatement("SELECT collection_id, attributes FROM items WHERE id = ?");
        }
        oldRow.setLong(1, itemId);
        try (ResultSet rs = oldRow.executeQuery()) {
            return rs.next() ? new Old(rs.getLong(1), ItemCodec.attributes(rs.getString(2))) : null;
        }
    }

    private void clearFts(long itemId) throws SQLException {
        if (clearFts == null) {
            clearFts = conn.prepareStatement("DELETE FROM items_fts WHERE rowid = ?");
        }
        clearFts.setLong(1, itemId);
        clearFts.executeUpdate();
    }

    private void index(long id, Encoded e) throws SQLException {
        bindFts(id, e);
        fts.executeUpdate();
    }

    private void bindFts(long id, Encoded e) throws SQLException {
        fts.setLong(1, id);
        fts.setString(2, e.item().name());
        fts.setString(3, e.item().description());
        fts.setString(4, e.traitText());
        fts.setString(5, e.tags());
    }

    private void count(Encoded e, int sign) {
        long collectionId = e.item().collectionId();
        for (TraitKey k : e.traitKeys()) {
            deltas.computeIfAbsent(k.key(), x -> new TraitDelta(collectionId, k.trait(), k.value())).delta += sign;
        }
    }

    private void count(long collectionId, List<Attribute> attrs, int sign) {
        for (TraitKey k : traitKeys(collectionId, attrs)) {
            deltas.computeIfAbsent(k.key(), x -> new TraitDelta(collectionId, k.trait(), k.value())).delta += sign;
        }
    }

    private static AtelierException unique(Item it, SQLException e) {
        if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
            return new AtelierException("Token id " + it.tokenId() + " is already used in this collection. Choose another id.", e);
        }
        return new AtelierException("Could not store the item '" + it.name() + "' in studio.db.", e);
    }

    private static void bind(PreparedStatement ps, Encoded e, int o) throws SQLException {
        Item it = e.item();
        ps.setLong(1 + o, it.collectionId());
        ps.setString(2 + o, e.tokenKey());
        ps.setString(3 + o, it.name());
        ps.setString(4 + o, it.description());
        ps.setString(5 + o, it.image());
        ps.setString(6 + o, it.animationUrl());
        ps.setString(7 + o, it.externalUrl());
        ps.setString(8 + o, it.backgroundColor());
        ps.setLong(9 + o, it.supply());
        ps.setString(10 + o, e.attributesJson());
        ps.setString(11 + o, e.propertiesJson());
        ps.setString(12 + o, it.status().id());
        ps.setString(13 + o, it.verdict().id());
        ps.setLong(14 + o, System.currentTimeMillis());
    }

    /** Writes the attribute counts and releases the statements. */
    @Override
    public void close() throws SQLException {
        try {
            if (!deltas.isEmpty()) {
                try (PreparedStatement up = conn.prepareStatement("INSERT INTO trait_counts(collection_id, trait_type, value, items) "
                        + "VALUES (?,?,?,?) ON CONFLICT(collection_id, trait_type, value) DO UPDATE SET items = items + excluded.items");
                     Statement s = conn.createStatement()) {
                    for (TraitDelta d : deltas.values()) {
                        if (d.delta == 0) {
                            continue;
                        }
                        up.setLong(1, d.collectionId);
                        up.setString(2, d.trait);
                        up.setString(3, d.value);
                        up.setLong(4, d.delta);
                        up.addBatch();
                    }
                    up.executeBatch();
                    s.executeUpdate("DELETE FROM trait_counts WHERE items <= 0");
                }
                deltas.clear();
            }
        } finally {
            insert.close();
            fts.close();
            for (PreparedStatement p : new PreparedStatement[] {update, oldRow, clearFts, delete}) {
                if (p != null) {
                    p.close();
                }
            }
        }
    }
}
