package dev.atelier.studio.mint;

import dev.atelier.chain.contracts.TokenLogs;
import dev.atelier.crypto.Address;
import dev.atelier.db.Database;
import dev.atelier.studio.TokenId;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The token_scans, token_holdings and token_movements tables: what the chain says about a
 * collection's tokens, as last read by {@link TokenManager#readBack}.
 */
public final class HoldingsStore {
    /** How far a collection's contract has been read. */
    public record Scan(String networkId, Address contract, long scannedTo, long scannedAt) {
    }

    /** One holder of a token and how many they hold (1 for ERC-721). */
    public record Holding(TokenId token, Address holder, BigInteger amount) {
    }

    /** A token movement as stored, with the collection it belongs to. */
    public record StoredMovement(long collectionId, long block, String txHash, Address from, Address to, TokenId token,
                                 BigInteger amount) {
        public boolean isMint() {
            return from.equals(TokenLogs.ZERO);
        }

        public boolean isBurn() {
            return to.equals(TokenLogs.ZERO);
        }
    }

    private final Database db;

    public HoldingsStore(Database db) {
        this.db = db;
    }

    public Optional<Scan> scan(long collectionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT network_id, contract, scanned_to, scanned_at FROM token_scans "
                    + "WHERE collection_id = ?")) {
                ps.setLong(1, collectionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Scan(rs.getString(1), Address.parse(rs.getString(2)), rs.getLong(3), rs.getLong(4)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Every holding of the collection: token → (holder → amount), tokens in id order. */
    public Map<BigInteger, Map<Address, BigInteger>> holdings(long collectionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT token_hex, holder, amount FROM token_holdings WHERE collection_id = ? "
                    + "ORDER BY token_hex, holder")) {
                ps.setLong(1, collectionId);
                Map<BigInteger, Map<Address, BigInteger>> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(new BigInteger(rs.getString(1), 16), k -> new LinkedHashMap<>())
                                .put(Address.parse(rs.getString(2)), new BigInteger(rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    /** The holders of one token (empty when it was never seen on chain, or was burned). */
    public List<Holding> holders(long collectionId, TokenId token) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT holder, amount FROM token_holdings WHERE collection_id = ? "
                    + "AND token_hex = ? ORDER BY CAST(amount AS INTEGER) DESC, holder")) {
                ps.setLong(1, collectionId);
                ps.setString(2, token.hex64());
                List<Holding> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Holding(token, Address.parse(rs.getString(1)), new BigInteger(rs.getString(2))));
                    }
                }
                return out;
            }
        });
    }

    /** The most recent movements of one collection ({@code collectionId} > 0) or of all, newest first. */
    public List<StoredMovement> recentMovements(long collectionId, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT collection_id, block, tx_hash, from_address, to_address, token_hex, "
                    + "amount FROM token_movements " + (collectionId > 0 ? "WHERE collection_id = ? " : "")
                    + "ORDER BY block DESC, log_index DESC, seq DESC LIMIT ?")) {
                int i = 1;
                if (collectionId > 0) {
                    ps.setLong(i++, collectionId);
                }
                ps.setInt(i, Math.max(1, Math.min(limit, 100_000)));
                List<StoredMovement> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredMovement(rs.getLong(1), rs.getLong(2), rs.getString(3), Address.parse(rs.getString(4)),
                                Address.parse(rs.getString(5)), TokenId.fromHex64(rs.getString(6)), new BigInteger(rs.getString(7))));
                    }
                }
                return out;
            }
        });
    }

    /** A holding with the movement that last brought the token to its holder (block and transaction), when stored. */
    public record HoldingRow(long collectionId, TokenId token, Address holder, BigInteger amount, Long block, String txHash) {
    }

    /** Every holding of every collection read so far (collection, then token order), at most {@code limit} rows. */
    public List<HoldingRow> allHoldings(int limit) {
        return db.read(c -> {
            // one pass over the movements (window function), not one lookup per holding
            try (PreparedStatement ps = c.prepareStatement("WITH last AS (SELECT collection_id, token_hex, to_address, block, tx_hash, "
                    + "ROW_NUMBER() OVER (PARTITION BY collection_id, token_hex, to_address ORDER BY block DESC, log_index DESC, seq DESC) "
                    + "AS rn FROM token_movements) "
                    + "SELECT h.collection_id, h.token_hex, h.holder, h.amount, l.block, l.tx_hash FROM token_holdings h "
                    + "LEFT JOIN last l ON l.rn = 1 AND l.collection_id = h.collection_id AND l.token_hex = h.token_hex "
                    + "AND l.to_address = h.holder ORDER BY h.collection_id, h.token_hex, h.holder LIMIT ?")) {
                ps.setInt(1, Math.max(1, Math.min(limit, 100_000)));
                List<HoldingRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long b = rs.getLong(5);
                        Long block = rs.wasNull() ? null : b;
                        out.add(new HoldingRow(rs.getLong(1), TokenId.fromHex64(rs.getString(2)), Address.parse(rs.getString(3)),
                                new BigInteger(rs.getString(4)), block, rs.getString(6)));
                    }
                }
                return out;
            }
        });
    }

    /** Forgets what was read for the collection (another contract or network, or a rescan). */
    public void reset(long collectionId) {
        db.write(c -> {
            for (String t : List.of("token_scans", "token_holdings", "token_movements")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t + " WHERE collection_id = ?")) {
                    ps.setLong(1, collectionId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * Adds movements read up to {@code scannedTo} and rewrites the holdings of the tokens they
     * touched, in one transaction with the scan mark (so a crash never counts a movement twice).
     */
    public void apply(long collectionId, String networkId, Address contract, List<TokenLogs.Movement> movements, long scannedTo) {
        db.write(c -> {
            Map<BigInteger, Map<Address, BigInteger>> touched = new LinkedHashMap<>();
            for (TokenLogs.Movement m : movements) {
                touched.computeIfAbsent(m.id(), id -> load(c, collectionId, id));
            }
            Map<String, Integer> seq = new java.util.HashMap<>();
            try (PreparedStatement ins = c.prepareStatement("INSERT OR IGNORE INTO token_movements(collection_id, block, log_index, seq, "
                    + "tx_hash, from_address, to_address, token_hex, amount) VALUES (?,?,?,?,?,?,?,?,?)")) {
                for (TokenLogs.Movement m : movements) {
                    Map<Address, BigInteger> holders = touched.get(m.id());
                    if (!m.from().equals(TokenLogs.ZERO)) {
                        BigInteger left = holders.getOrDefault(m.from(), BigInteger.ZERO).subtract(m.amount());
                        if (left.signum() <= 0) {
                            holders.remove(m.from());
                        } else {
                            holders.put(m.from(), left);
                        }
                    }
                    if (!m.to().equals(TokenLogs.ZERO)) {
                        holders.merge(m.to(), m.amount(), BigInteger::add);
                    }
                    int s = seq.merge(m.block() + ":" + m.logIndex(), 1, Integer::sum) - 1;
                    ins.setLong(1, collectionId);
                    ins.setLong(2, m.block());
                    ins.setInt(3, m.logIndex());
                    ins.setInt(4, s);
                    ins.setString(5, m.txHash());
                    ins.setString(6, m.from().toChecksumHex());
                    ins.setString(7, m.to().toChecksumHex());
                    ins.setString(8, new TokenId(m.id()).hex64());
                    ins.setString(9, m.amount().toString());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM token_holdings WHERE collection_id = ? AND token_hex = ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO token_holdings(collection_id, token_hex, holder, amount) "
                         + "VALUES (?,?,?,?)")) {
                for (var e : touched.entrySet()) {
                    String hex = new TokenId(e.getKey()).hex64();
                    del.setLong(1, collectionId);
                    del.setString(2, hex);
                    del.addBatch();
                    for (var h : e.getValue().entrySet()) {
                        ins.setLong(1, collectionId);
                        ins.setString(2, hex);
                        ins.setString(3, h.getKey().toChecksumHex());
                        ins.setString(4, h.getValue().toString());
                        ins.addBatch();
                    }
                }
                del.executeBatch();
                ins.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO token_scans(collection_id, network_id, contract, scanned_to, scanned_at) "
                    + "VALUES (?,?,?,?,?) ON CONFLICT(collection_id) DO UPDATE SET network_id = excluded.network_id, "
                    + "contract = excluded.contract, scanned_to = excluded.scanned_to, scanned_at = excluded.scanned_at")) {
                ps.setLong(1, collectionId);
                ps.setString(2, networkId);
                ps.setString(3, contract.toChecksumHex());
                ps.setLong(4, scannedTo);
                ps.setLong(5, System.currentTimeMillis());
                ps.executeUpdate();
            }
            markMinted(c, collectionId, touched.keySet());
            return null;
        });
    }

    /** Items whose token the chain shows are minted, whatever the plan said (an export broadcast elsewhere, a mint outside Atelier). */
    private static void markMinted(Connection c, long collectionId, Set<BigInteger> tokens) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE items SET status = 'minted' WHERE collection_id = ? AND token_key = ? "
                + "AND status <> 'minted'")) {
            for (BigInteger t : tokens) {
                ps.setLong(1, collectionId);
                ps.setString(2, new TokenId(t).key());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<Address, BigInteger> load(Connection c, long collectionId, BigInteger id) {
        try (PreparedStatement ps = c.prepareStatement("SELECT holder, amount FROM token_holdings WHERE collection_id = ? AND token_hex = ?")) {
            ps.setLong(1, collectionId);
            ps.setString(2, new TokenId(id).hex64());
            Map<Address, BigInteger> out = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(Address.parse(rs.getString(1)), new BigInteger(rs.getString(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The block a contract was deployed in, when Atelier's queue deployed it (the earliest block worth reading). */
    public Optional<Long> deployBlock(Address contract) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(block_number) FROM tx_queue WHERE lower(contract_address) = lower(?) "
                    + "AND status = 'mined'")) {
                ps.setString(1, contract.toChecksumHex());
                try (ResultSet rs = ps.executeQuery()) {
                    long b = rs.next() ? rs.getLong(1) : 0;
                    return rs.wasNull() ? Optional.empty() : Optional.of(b);
                }
            }
        });
    }
}
