package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Writes items with their attribute index rows and full-text row, reusing prepared statements:
 * the bulk path of imports. Use inside one {@code Database.write} transaction.
 */
public final class ItemWriter implements AutoCloseable {
    private final Connection conn;
    private final PreparedStatement insert;
    private final PreparedStatement traits;
    private final PreparedStatement fts;
    private PreparedStatement update;
    private PreparedStatement clearTraits;
    private PreparedStatement clearFts;

    ItemWriter(Connection conn) throws SQLException {
        this.conn = conn;
        insert = conn.prepareStatement("INSERT INTO items(collection_id, token_hex, name, description, image, animation_url, "
                + "external_url, background_color, supply, attributes, properties, status, verdict, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        traits = conn.prepareStatement("INSERT OR IGNORE INTO item_traits(item_id, collection_id, trait_type, value) VALUES (?,?,?,?)");
        fts = conn.prepareStatement("INSERT INTO items_fts(rowid, name, description, traits) VALUES (?,?,?,?)");
    }

    public Item insert(Item it) throws SQLException {
        bind(insert, it);
        try {
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
                throw new AtelierException("Token id " + it.tokenId() + " is already used in this collection. Choose another id.", e);
            }
            throw e;
        }
        long id;
        try (ResultSet rs = conn.createStatement().executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            id = rs.getLong(1);
        }
        index(id, it);
        return it.withId(id);
    }

    public void update(Item it) throws SQLException {
        if (update == null) {
            update = conn.prepareStatement("UPDATE items SET collection_id=?, token_hex=?, name=?, description=?, image=?, "
                    + "animation_url=?, external_url=?, background_color=?, supply=?, attributes=?, properties=?, status=?, "
                    + "verdict=?, updated_at=? WHERE id=?");
            clearTraits = conn.prepareStatement("DELETE FROM item_traits WHERE item_id = ?");
            clearFts = conn.prepareStatement("DELETE FROM items_fts WHERE rowid = ?");
        }
        bind(update, it);
        update.setLong(15, it.id());
        try {
            if (update.executeUpdate() != 1) {
                throw new AtelierException("The item '" + it.name() + "' no longer exists.");
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
                throw new AtelierException("Token id " + it.tokenId() + " is already used in this collection. Choose another id.", e);
            }
            throw e;
        }
        clearTraits.setLong(1, it.id());
        clearTraits.executeUpdate();
        clearFts.setLong(1, it.id());
        clearFts.executeUpdate();
        index(it.id(), it);
    }

    private void index(long id, Item it) throws SQLException {
        if (!it.attributes().isEmpty()) {
            Set<String> seen = new HashSet<>();
            for (Attribute a : it.attributes()) {
                String v = a.valueText();
                if (!seen.add(a.traitType().toLowerCase(Locale.ROOT) + '\u0000' + v.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                traits.setLong(1, id);
                traits.setLong(2, it.collectionId());
                traits.setString(3, a.traitType());
                traits.setString(4, v);
                traits.addBatch();
            }
            traits.executeBatch();
        }
        fts.setLong(1, id);
        fts.setString(2, it.name());
        fts.setString(3, it.description());
        fts.setString(4, ItemCodec.traitText(it.attributes()));
        fts.executeUpdate();
    }

    private static void bind(PreparedStatement ps, Item it) throws SQLException {
        ps.setLong(1, it.collectionId());
        ps.setString(2, it.tokenId().hex64());
        ps.setString(3, it.name());
        ps.setString(4, it.description());
        ps.setString(5, it.image());
        ps.setString(6, it.animationUrl());
        ps.setString(7, it.externalUrl());
        ps.setString(8, it.backgroundColor());
        ps.setLong(9, it.supply());
        ps.setString(10, ItemCodec.attributes(it.attributes()));
        ps.setString(11, ItemCodec.properties(it.properties()));
        ps.setString(12, it.status().id());
        ps.setString(13, it.verdict().id());
        ps.setLong(14, System.currentTimeMillis());
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        traits.close();
        fts.close();
        if (update != null) {
            update.close();
            clearTraits.close();
            clearFts.close();
        }
    }
}
