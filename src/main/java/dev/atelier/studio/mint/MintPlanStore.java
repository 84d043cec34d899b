package dev.atelier.studio.mint;

import dev.atelier.crypto.Address;
import dev.atelier.db.Database;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The mint_plans, mint_plan_items and mint_plan_batches tables. */
public final class MintPlanStore {
    /** One item row of a plan. */
    public record PlanItem(long itemId, BigInteger tokenId, BigInteger amount, String uri, Integer batchNo, MintPlan.ItemState state) {
    }

    private final Database db;

    public MintPlanStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    public long create(MintPlan p, List<PlanItem> items) {
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mint_plans(collection_id, network_id, chain_id, contract, "
                    + "standard, sender, recipient, status, created_at) VALUES (?,?,?,?,?,?,?,?,?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, p.collectionId());
                ps.setString(2, p.networkId());
                ps.setLong(3, p.chainId());
                ps.setString(4, p.contract().toChecksumHex());
                ps.setString(5, p.erc1155() ? "erc1155" : "erc721");
                ps.setString(6, p.sender().toChecksumHex());
                ps.setString(7, p.recipient().toChecksumHex());
                ps.setString(8, MintPlan.Status.PLANNED.db());
                ps.setLong(9, System.currentTimeMillis());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mint_plan_items(plan_id, item_id, token_hex, amount, uri, status) "
                    + "VALUES (?,?,?,?,?,'planned')")) {
                for (PlanItem it : items) {
                    ps.setLong(1, id);
                    ps.setLong(2, it.itemId());
                    ps.setString(3, hex64(it.tokenId()));
                    ps.setString(4, it.amount().toString());
                    ps.setString(5, it.uri());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return id;
        });
    }

    public Optional<MintPlan> plan(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM mint_plans WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(plan(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Unfinished plans of a collection, newest first. */
    public List<MintPlan> unfinished(long collectionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM mint_plans WHERE collection_id = ? "
                    + "AND status NOT IN ('done') ORDER BY id DESC")) {
                ps.setLong(1, collectionId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<MintPlan> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(plan(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** Unfinished plans of every collection, newest first (the app's start-up notice). */
    public List<MintPlan> unfinishedEverywhere() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM mint_plans WHERE status NOT IN ('done') ORDER BY id DESC")) {
                try (ResultSet rs = ps.executeQuery()) {
                    List<MintPlan> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(plan(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** True when some of the plan's batches were exported for an offline signer (they finish through a broadcast, not Mint). */
    public boolean hasExports(long planId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM mint_exports WHERE plan_id = ? LIMIT 1")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Unfinished plans with exported batches: the ones a broadcast of a signed response moves along. */
    public List<Long> unfinishedWithExports() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT p.id FROM mint_plans p JOIN mint_exports e ON e.plan_id = p.id "
                    + "WHERE p.status NOT IN ('done') ORDER BY p.id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    List<Long> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                    return out;
                }
            }
        });
    }

    /** Items of a collection that an unfinished plan still has to mint (so no second plan takes them). */
    public java.util.Set<Long> itemsInFlight(long collectionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT i.item_id FROM mint_plan_items i JOIN mint_plans p ON p.id = i.plan_id "
                    + "WHERE p.collection_id = ? AND i.status IN ('planned','signed','sent')")) {
                ps.setLong(1, collectionId);
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.Set<Long> out = new java.util.HashSet<>();
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * Deletes a plan that never got a signed or exported batch (its items return to the catalog as
     * free to mint). A plan with any batch or export is kept: it carries what may be on chain.
     * @return true when the plan was deleted
     */
    public boolean discardUnstarted(long planId) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM mint_plans WHERE id = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM mint_plan_batches WHERE plan_id = ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM mint_exports WHERE plan_id = ?)")) {
                ps.setLong(1, planId);
                ps.setLong(2, planId);
                ps.setLong(3, planId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public void setStatus(long planId, MintPlan.Status s) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mint_plans SET status = ? WHERE id = ?")) {
                ps.setString(1, s.db());
                ps.setLong(2, planId);
                return ps.executeUpdate();
            }
        });
    }

    public List<PlanItem> items(long planId, MintPlan.ItemState state, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM mint_plan_items WHERE plan_id = ? AND status = ? "
                    + "ORDER BY token_hex LIMIT ?")) {
                ps.setLong(1, planId);
                ps.setString(2, state.db());
                ps.setInt(3, limit);
                return items(ps);
            }
        });
    }

    public List<PlanItem> batchItems(long planId, int batchNo) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM mint_plan_items WHERE plan_id = ? AND batch_no = ? ORDER BY token_hex")) {
                ps.setLong(1, planId);
                ps.setInt(2, batchNo);
                return items(ps);
            }
        });
    }

    public List<PlanItem> allItems(long planId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM mint_plan_items WHERE plan_id = ? ORDER BY token_hex")) {
                ps.setLong(1, planId);
                return items(ps);
            }
        });
    }

    /** Batches whose items are not final yet: batch number → queue row id. */
    public List<long[]> openBatches(long planId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT b.batch_no, b.tx_id FROM mint_plan_batches b WHERE b.plan_id = ? "
                    + "AND EXISTS (SELECT 1 FROM mint_plan_items i WHERE i.plan_id = b.plan_id AND i.batch_no = b.batch_no "
                    + "AND i.status IN ('signed','sent')) ORDER BY b.batch_no")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<long[]> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                    return out;
                }
            }
        });
    }

    public int nextBatchNo(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(batch_no), 0) + 1 FROM mint_plan_batches WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Records a signed batch; call inside the transaction that queued its transaction. */
    public void addBatch(Connection c, long planId, int batchNo, long txId, List<PlanItem> items) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mint_plan_batches(plan_id, batch_no, tx_id) VALUES (?,?,?)")) {
            ps.setLong(1, planId);
            ps.setInt(2, batchNo);
            ps.setLong(3, txId);
            ps.executeUpdate();
        }
        assignBatch(c, planId, batchNo, "signed", items);
    }

    /** An exported batch, waiting for its signed transaction. */
    public record Export(long planId, int batchNo, long nonce, String dataHash) {
    }

    /** Puts items into an exported batch (status exported); call inside the export's transaction. */
    public void addExport(Connection c, long planId, int batchNo, String requestDigest, long nonce, String dataHash,
                          List<PlanItem> items) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mint_exports(plan_id, batch_no, request_digest, nonce, data_hash) "
                + "VALUES (?,?,?,?,?)")) {
            ps.setLong(1, planId);
            ps.setInt(2, batchNo);
            ps.setString(3, requestDigest.toLowerCase(Locale.ROOT));
            ps.setLong(4, nonce);
            ps.setString(5, dataHash);
            ps.executeUpdate();
        }
        assignBatch(c, planId, batchNo, "exported", items);
    }

    /** Moves still-planned items into batch {@code batchNo} with the given status (signed or exported). */
    private static void assignBatch(Connection c, long planId, int batchNo, String status, List<PlanItem> items) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE mint_plan_items SET batch_no = ?, status = ? "
                + "WHERE plan_id = ? AND item_id = ? AND status = 'planned'")) {
            for (PlanItem it : items) {
                ps.setInt(1, batchNo);
                ps.setString(2, status);
                ps.setLong(3, planId);
                ps.setLong(4, it.itemId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<Export> exports(String requestDigest) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT plan_id, batch_no, nonce, data_hash FROM mint_exports "
                    + "WHERE request_digest = ? ORDER BY nonce")) {
                ps.setString(1, requestDigest.toLowerCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    List<Export> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Export(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4)));
                    }
                    return out;
                }
            }
        });
    }

    /** Links a signed exported batch to its queue row: exported items become signed. */
    public void attachExport(Connection c, long planId, int batchNo, long txId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO mint_plan_batches(plan_id, batch_no, tx_id) VALUES (?,?,?)")) {
            ps.setLong(1, planId);
            ps.setInt(2, batchNo);
            ps.setLong(3, txId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE mint_plan_items SET status = 'signed' WHERE plan_id = ? AND batch_no = ? "
                + "AND status = 'exported'")) {
            ps.setLong(1, planId);
            ps.setInt(2, batchNo);
            ps.executeUpdate();
        }
    }

    /** Moves a batch's items to {@code to}; {@code releaseBatch} puts them back into the pool (batch_no cleared). */
    public int setBatchState(long planId, int batchNo, MintPlan.ItemState to, boolean releaseBatch) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE mint_plan_items SET status = ?" + (releaseBatch ? ", batch_no = NULL" : "")
                    + " WHERE plan_id = ? AND batch_no = ? AND status IN ('signed','sent')")) {
                ps.setString(1, to.db());
                ps.setLong(2, planId);
                ps.setInt(3, batchNo);
                return ps.executeUpdate();
            }
        });
    }

    /** Mirrors the plan onto the catalog: items on their way are MINTING, confirmed MINTED, failed FAILED. */
    public void syncItemStatuses(long planId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE items SET status = CASE (SELECT m.status FROM mint_plan_items m "
                    + "WHERE m.plan_id = ? AND m.item_id = items.id) WHEN 'confirmed' THEN 'minted' WHEN 'failed' THEN 'failed' "
                    + "WHEN 'planned' THEN status ELSE 'minting' END WHERE id IN (SELECT item_id FROM mint_plan_items WHERE plan_id = ?)")) {
                ps.setLong(1, planId);
                ps.setLong(2, planId);
                return ps.executeUpdate();
            }
        });
    }

    public MintPlan.Progress progress(long planId) {
        return db.read(c -> {
            int[] n = new int[6];
            try (PreparedStatement ps = c.prepareStatement("SELECT status, COUNT(*) FROM mint_plan_items WHERE plan_id = ? GROUP BY status")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n[MintPlan.ItemState.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)).ordinal()] = rs.getInt(2);
                    }
                }
            }
            return new MintPlan.Progress(n[0], n[1], n[2], n[3], n[4], n[5]);
        });
    }

    private static List<PlanItem> items(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<PlanItem> out = new ArrayList<>();
            while (rs.next()) {
                int b = rs.getInt("batch_no");
                Integer batch = rs.wasNull() ? null : b;
                out.add(new PlanItem(rs.getLong("item_id"), new BigInteger(rs.getString("token_hex"), 16), new BigInteger(rs.getString("amount")),
                        rs.getString("uri"), batch, MintPlan.ItemState.valueOf(rs.getString("status").toUpperCase(Locale.ROOT))));
            }
            return out;
        }
    }

    private static MintPlan plan(ResultSet rs) throws SQLException {
        return new MintPlan(rs.getLong("id"), rs.getLong("collection_id"), rs.getString("network_id"), rs.getLong("chain_id"),
                Address.parse(rs.getString("contract")), rs.getString("standard").equals("erc1155"), Address.parse(rs.getString("sender")),
                Address.parse(rs.getString("recipient")), MintPlan.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)));
    }

    static String hex64(BigInteger v) {
        String h = v.toString(16);
        return "0".repeat(64 - h.length()) + h;
    }
}
