package dev.atelier.chain.tx;

import dev.atelier.db.Database;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code tx_queue} table. Status changes are conditional on the old status, so two processes never fight. */
public final class TxStore {
    private final Database db;

    public TxStore(Database db) {
        this.db = db;
    }

    /** Inserts the transaction, or returns the existing row when these exact bytes are already queued. */
    public TxEntry insert(String networkId, SignedTx tx, String label, Long replacesId) {
        return db.write(c -> {
            Optional<TxEntry> existing = byHash(c, tx.chainId(), tx.hash());
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tx_queue(network_id, chain_id, hash, from_address, nonce, "
                    + "to_address, value_wei, raw, label, status, replaces_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, networkId);
                ps.setLong(2, tx.chainId());
                ps.setString(3, tx.hash());
                ps.setString(4, tx.from().toChecksumHex());
                ps.setLong(5, tx.nonce());
                ps.setString(6, tx.to() == null ? null : tx.to().toChecksumHex());
                ps.setString(7, tx.value().toString());
                ps.setString(8, tx.rawHex());
                ps.setString(9, label == null ? "" : label);
                ps.setString(10, TxStatus.QUEUED.db());
                if (replacesId == null) {
                    ps.setNull(11, Types.INTEGER);
                } else {
                    ps.setLong(11, replacesId);
                }
                ps.setLong(12, System.currentTimeMillis());
                ps.executeUpdate();
            }
            return byHash(c, tx.chainId(), tx.hash()).orElseThrow();
        });
    }

    public Optional<TxEntry> byId(long id) {
        return db.read(c -> one(c, "SELECT * FROM tx_queue WHERE id = ?", id));
    }

    public Optional<TxEntry> byHash(String hash) {
        return db.read(c -> one(c, "SELECT * FROM tx_queue WHERE hash = ? ORDER BY id DESC LIMIT 1", hash.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Newest first. */
    public List<TxEntry> recent(int limit) {
        return db.read(c -> many(c, "SELECT * FROM tx_queue ORDER BY id DESC LIMIT ?", limit));
    }

    /** Queued and pending rows of one network, oldest nonce first per sender. */
    public List<TxEntry> open(String networkId) {
        return db.read(c -> many(c, "SELECT * FROM tx_queue WHERE network_id = ? AND status IN ('queued','pending') "
                + "ORDER BY from_address, nonce, id", networkId));
    }

    /** The networks that have queued or pending rows. */
    public List<String> networksWithOpenRows() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT network_id FROM tx_queue WHERE status IN ('queued','pending') ORDER BY network_id");
                 ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    /** The highest nonce of a queued or pending row from this sender on this chain. */
    public OptionalLong highestOpenNonce(long chainId, String fromChecksum) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(nonce) FROM tx_queue WHERE chain_id = ? AND from_address = ? "
                    + "AND status IN ('queued','pending')")) {
                ps.setLong(1, chainId);
                ps.setString(2, fromChecksum);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long v = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
                }
            }
        });
    }

    /** Other rows with the same sender and nonce (the original and its replacements). */
    public List<TxEntry> sameNonce(TxEntry e) {
        return db.read(c -> many(c, "SELECT * FROM tx_queue WHERE chain_id = ? AND from_address = ? AND nonce = ? AND id <> ? ORDER BY id",
                e.chainId(), e.from(), e.nonce(), e.id()));
    }

    public boolean hasReplacement(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM tx_queue WHERE replaces_id = ? LIMIT 1")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public void markSent(long id, String error) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tx_queue SET status = 'pending', attempts = attempts + 1, "
                    + "last_error = ?, sent_at = COALESCE(sent_at, ?) WHERE id = ? AND status IN ('queued','pending')")) {
                ps.setString(1, error);
                ps.setLong(2, System.currentTimeMillis());
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    public void recordAttemptFailure(long id, String error) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tx_queue SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
                ps.setString(1, error);
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }

    public void markMined(long id, long block, boolean success, BigInteger gasUsed, BigInteger price, String contract) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tx_queue SET status = ?, block_number = ?, gas_used = ?, "
                    + "effective_gas_price = ?, contract_address = ?, mined_at = ?, last_error = NULL, "
                    + "sent_at = COALESCE(sent_at, ?) WHERE id = ?")) {
                long now = System.currentTimeMillis();
                ps.setString(1, (success ? TxStatus.MINED : TxStatus.REVERTED).db());
                ps.setLong(2, block);
                ps.setString(3, gasUsed.toString());
                ps.setString(4, price == null ? null : price.toString());
                ps.setString(5, contract);
                ps.setLong(6, now);
                ps.setLong(7, now);
                ps.setLong(8, id);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Records that the nonce looked used without our receipt; returns how long (ms) and over how many
     * blocks that has been observed, counting from the first time.
     */
    public long[] noteNonceGone(long id, long headBlock) {
        return db.write(c -> {
            long now = System.currentTimeMillis();
            try (PreparedStatement ps = c.prepareStatement("UPDATE tx_queue SET nonce_gone_at = COALESCE(nonce_gone_at, ?), "
                    + "nonce_gone_block = COALESCE(nonce_gone_block, ?) WHERE id = ?")) {
                ps.setLong(1, now);
                ps.setLong(2, headBlock);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT nonce_gone_at, nonce_gone_block FROM tx_queue WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new long[] {now - rs.getLong(1), headBlock - rs.getLong(2)};
                }
            }
        });
    }

    public void markFinal(long id, TxStatus status, String why) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tx_queue SET status = ?, last_error = ? WHERE id = ? "
                    + "AND status IN ('queued','pending')")) {
                ps.setString(1, status.db());
                ps.setString(2, why);
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    private static Optional<TxEntry> byHash(Connection c, long chainId, String hash) throws SQLException {
        return one(c, "SELECT * FROM tx_queue WHERE chain_id = ? AND hash = ?", chainId, hash);
    }

    private static Optional<TxEntry> one(Connection c, String sql, Object... args) throws SQLException {
        List<TxEntry> l = many(c, sql, args);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    private static List<TxEntry> many(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<TxEntry> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        }
    }

    private static TxEntry row(ResultSet rs) throws SQLException {
        return new TxEntry(rs.getLong("id"), rs.getString("network_id"), rs.getLong("chain_id"), rs.getString("hash"),
                rs.getString("from_address"), rs.getLong("nonce"), rs.getString("to_address"), new BigInteger(rs.getString("value_wei")),
                rs.getString("raw"), rs.getString("label"), TxStatus.fromDb(rs.getString("status")), longOrNull(rs, "replaces_id"),
                rs.getInt("attempts"), rs.getString("last_error"), longOrNull(rs, "block_number"), bigOrNull(rs, "gas_used"),
                bigOrNull(rs, "effective_gas_price"), rs.getString("contract_address"), instant(rs, "created_at"),
                instant(rs, "sent_at"), instant(rs, "mined_at"));
    }

    private static Long longOrNull(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    private static BigInteger bigOrNull(ResultSet rs, String col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : new BigInteger(s);
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
