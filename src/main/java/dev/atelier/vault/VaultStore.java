package dev.atelier.vault;

import dev.atelier.crypto.Address;
import dev.atelier.vault.kdf.Argon2Params;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of {@code vault.db}: rows in and out, no cryptography. All methods run on a caller's connection. */
final class VaultStore {
    record AccountRow(long id, Address address, AccountKind kind, String label, Long walletId, String path,
                      byte[] sealedKey, String createdAt) {
        Account toAccount() {
            return new Account(address, label, kind, path);
        }
    }

    /** {@code nextIndex} is a long: after account 2^31-1 it is 2^31, "no BIP-44 index left" (negative values read as that). */
    record WalletRow(long id, String label, int wordCount, byte[] sealedMnemonic, byte[] sealedPassphrase, long nextIndex,
                     String createdAt) {
    }

    record SecretRow(String name, byte[] sealedValue) {
    }

    private VaultStore() {
    }

    static Optional<VaultHeader> header(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT format, kdf, kdf_version, kdf_memory_kib, kdf_iterations, kdf_parallelism, kdf_check, salt, salt_check, "
                        + "wrapped_key, wrapped_check FROM vault_header WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new VaultHeader(rs.getInt(1), rs.getString(2), rs.getInt(3),
                    new Argon2Params(rs.getInt(4), rs.getInt(5), rs.getInt(6)), bytes(rs, 7), bytes(rs, 8), bytes(rs, 9),
                    bytes(rs, 10), bytes(rs, 11)));
        }
    }

    static void insertHeader(Connection c, VaultHeader h, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO vault_header(id, format, kdf, kdf_version, kdf_memory_kib, "
                + "kdf_iterations, kdf_parallelism, kdf_check, salt, salt_check, wrapped_key, wrapped_check, created_at) "
                + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindHeader(ps, h);
            ps.setString(12, now);
            ps.executeUpdate();
        }
    }

    static void replaceHeader(Connection c, VaultHeader h, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE vault_header SET format = ?, kdf = ?, kdf_version = ?, "
                + "kdf_memory_kib = ?, kdf_iterations = ?, kdf_parallelism = ?, kdf_check = ?, salt = ?, salt_check = ?, "
                + "wrapped_key = ?, wrapped_check = ?, passphrase_changed_at = ? WHERE id = 1")) {
            bindHeader(ps, h);
            ps.setString(12, now);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("vault header row missing");
            }
        }
    }

    private static void bindHeader(PreparedStatement ps, VaultHeader h) throws SQLException {
        ps.setInt(1, h.format());
        ps.setString(2, h.kdf());
        ps.setInt(3, h.kdfVersion());
        ps.setInt(4, h.params().memoryKiB());
        ps.setInt(5, h.params().iterations());
        ps.setInt(6, h.params().parallelism());
        ps.setBytes(7, h.kdfCheck());
        ps.setBytes(8, h.salt());
        ps.setBytes(9, h.saltCheck());
        ps.setBytes(10, h.wrappedKey());
        ps.setBytes(11, h.wrappedCheck());
    }

    static List<AccountRow> accounts(Connection c) throws SQLException {
        List<AccountRow> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, address, kind, label, wallet_id, path, sealed_key, created_at FROM account ORDER BY id")) {
            while (rs.next()) {
                out.add(accountRow(rs));
            }
        }
        return out;
    }

    static Optional<AccountRow> account(Connection c, Address address) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, address, kind, label, wallet_id, path, sealed_key, created_at FROM account WHERE address = ?")) {
            ps.setString(1, address.toLowerHex());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(accountRow(rs)) : Optional.empty();
            }
        }
    }

    private static AccountRow accountRow(ResultSet rs) throws SQLException {
        long wallet = rs.getLong(5);
        Long walletId = rs.wasNull() ? null : wallet;
        AccountKind kind;
        try {
            kind = AccountKind.valueOf(rs.getString(3));
        } catch (IllegalArgumentException | NullPointerException e) {
            kind = AccountKind.WATCH_ONLY;
        }
        Address address;
        try {
            address = Address.parse(rs.getString(2));
        } catch (RuntimeException e) {
            address = Address.of(new byte[20]);
        }
        return new AccountRow(rs.getLong(1), address, kind, rs.getString(4), walletId, rs.getString(6), bytes(rs, 7),
                rs.getString(8));
    }

    static long insertAccount(Connection c, Address address, AccountKind kind, String label, Long walletId, String path,
                              byte[] sealedKey, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account(address, kind, label, wallet_id, path, sealed_key, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, address.toLowerHex());
            ps.setString(2, kind.name());
            ps.setString(3, label);
            if (walletId == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setLong(4, walletId);
            }
            ps.setString(5, path);
            ps.setBytes(6, sealedKey);
            ps.setString(7, now);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    static boolean setLabel(Connection c, Address address, String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE account SET label = ? WHERE address = ?")) {
            ps.setString(1, label);
            ps.setString(2, address.toLowerHex());
            return ps.executeUpdate() == 1;
        }
    }

    static List<WalletRow> wallets(Connection c) throws SQLException {
        List<WalletRow> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, label, word_count, sealed_mnemonic, sealed_passphrase, next_index, created_at FROM hd_wallet ORDER BY id")) {
            while (rs.next()) {
                long next = rs.getLong(6);
                out.add(new WalletRow(rs.getLong(1), rs.getString(2), rs.getInt(3), bytes(rs, 4), bytes(rs, 5),
                        next < 0 || next > VaultKeys.INDEX_LIMIT ? VaultKeys.INDEX_LIMIT : next, rs.getString(7)));
            }
        }
        return out;
    }

    static Optional<WalletRow> wallet(Connection c, long id) throws SQLException {
        return wallets(c).stream().filter(w -> w.id() == id).findFirst();
    }

    static long insertWallet(Connection c, String label, int wordCount, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO hd_wallet(label, word_count, sealed_mnemonic, "
                + "sealed_passphrase, next_index, created_at) VALUES (?, ?, x'', x'', 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, label);
            ps.setInt(2, wordCount);
            ps.setString(3, now);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    static void sealWallet(Connection c, long id, byte[] sealedMnemonic, byte[] sealedPassphrase) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE hd_wallet SET sealed_mnemonic = ?, sealed_passphrase = ? WHERE id = ?")) {
            ps.setBytes(1, sealedMnemonic);
            ps.setBytes(2, sealedPassphrase);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    static void setNextIndex(Connection c, long walletId, long next) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE hd_wallet SET next_index = ? WHERE id = ?")) {
            ps.setLong(1, next);
            ps.setLong(2, walletId);
            ps.executeUpdate();
        }
    }

    static List<SecretRow> secrets(Connection c) throws SQLException {
        List<SecretRow> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name, sealed_value FROM named_secret ORDER BY name")) {
            while (rs.next()) {
                out.add(new SecretRow(rs.getString(1), bytes(rs, 2)));
            }
        }
        return out;
    }

    static Optional<byte[]> secret(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sealed_value FROM named_secret WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(bytes(rs, 1)) : Optional.empty();
            }
        }
    }

    static void putSecret(Connection c, String name, byte[] sealed, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO named_secret(name, sealed_value, updated_at) VALUES (?, ?, ?) "
                + "ON CONFLICT(name) DO UPDATE SET sealed_value = excluded.sealed_value, updated_at = excluded.updated_at")) {
            ps.setString(1, name);
            ps.setBytes(2, sealed);
            ps.setString(3, now);
            ps.executeUpdate();
        }
    }

    static boolean deleteSecret(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM named_secret WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<String> meta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM vault_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO vault_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** {@code PRAGMA integrity_check}: "ok", or the first problem SQLite found. */
    static String integrityCheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id");
            }
            return keys.getLong(1);
        }
    }

    private static byte[] bytes(ResultSet rs, int col) throws SQLException {
        byte[] b = rs.getBytes(col);
        return b == null ? new byte[0] : b;
    }
}
