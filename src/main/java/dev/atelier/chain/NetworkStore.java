package dev.atelier.chain;

import dev.atelier.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The user's custom networks in {@code studio.db} ({@code networks} table). */
public final class NetworkStore {
    /** A stored network; {@code rpcSecret} names the vault secret holding the URL when it embeds a key. */
    public record Stored(Network network, String rpcSecret) {
        public boolean rpcInVault() {
            return rpcSecret != null;
        }
    }

    private final Database db;

    public NetworkStore(Database db) {
        this.db = db;
    }

    public List<Stored> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM networks ORDER BY created_at, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Stored> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    public Optional<Stored> byId(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM networks WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    public void insert(Network n, String rpcSecret) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO networks(id, name, chain_id, currency, rpc_url, rpc_secret, "
                    + "explorer_url, testnet, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, n.id());
                ps.setString(2, n.name());
                ps.setLong(3, n.chainId());
                ps.setString(4, n.currency());
                ps.setString(5, rpcSecret == null ? n.rpcUrl() : "");
                ps.setString(6, rpcSecret);
                ps.setString(7, n.explorerUrl());
                ps.setInt(8, n.testnet() ? 1 : 0);
                ps.setLong(9, System.currentTimeMillis());
                return ps.executeUpdate();
            }
        });
    }

    public boolean delete(String id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM networks WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static Stored row(ResultSet rs) throws SQLException {
        Network n = new Network(rs.getString("id"), rs.getString("name"), rs.getLong("chain_id"), rs.getString("currency"),
                rs.getString("rpc_url"), rs.getString("explorer_url"), rs.getInt("testnet") != 0);
        return new Stored(n, rs.getString("rpc_secret"));
    }
}
