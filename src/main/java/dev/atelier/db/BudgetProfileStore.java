package dev.atelier.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows of {@code studio.db}'s {@code budget_profiles}: a custom profile's name and its JSON
 * definition. The asset package gives the JSON its meaning; this store only keeps it.
 */
public final class BudgetProfileStore {
    public record Row(String name, String definition) {
    }

    private final Database db;

    public BudgetProfileStore(Database db) {
        this.db = db;
    }

    public List<Row> list() {
        return db.read(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, definition FROM budget_profiles ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2)));
                }
            }
            return rows;
        });
    }

    public Optional<Row> get(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, definition FROM budget_profiles WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(rs.getString(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    /** Inserts or replaces the profile (names are case-insensitive). */
    public void put(String name, String definition) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO budget_profiles(name, definition, updated_at) VALUES(?, ?, ?) "
                    + "ON CONFLICT(name) DO UPDATE SET name = excluded.name, definition = excluded.definition, updated_at = excluded.updated_at")) {
                ps.setString(1, name);
                ps.setString(2, definition);
                ps.setLong(3, System.currentTimeMillis());
                return ps.executeUpdate();
            }
        });
    }

    public boolean delete(String name) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM budget_profiles WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }
}
