package dev.atelier.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A flipped bit anywhere that matters is detected and named; other entries keep working. */
class VaultTamperTest {
    private static final String JUNK = "test test test test test test test test test test test junk";
    @TempDir
    Path dir;
    Path file;
    Address imported;
    Address other;

    @BeforeEach
    void fill() {
        file = dir.resolve("vault.db");
        try (Vault v = TestVaults.created(dir)) {
            imported = v.keys().importPrivateKey(VaultTest.key(1), "victim").address();
            other = v.keys().importPrivateKey(VaultTest.key(2), "bystander").address();
            v.keys().addWallet(JUNK.toCharArray(), new char[0], "Dev", 1);
            v.putSecret("rpc/main", new byte[] {1, 2, 3});
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kdf_memory_kib", "kdf_iterations", "kdf_parallelism", "kdf_version", "salt", "wrapped_key", "kdf_check"})
    void headerDamageIsNamedBeforeAnyKeyDerivation(String column) throws Exception {
        flip("vault_header", column, "id = 1");
        Vault v = TestVaults.at(file);
        String expected = switch (column) {
            case "salt" -> "salt";
            case "wrapped_key" -> "wrapped master key";
            default -> "key-derivation parameters";
        };
        assertThatThrownBy(() -> v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE))
                .hasMessageStartingWith("The vault header is damaged").hasMessageContaining(expected)
                .hasMessageContaining("Restore vault.db from a backup");
        assertThat(v.state()).isEqualTo(VaultState.LOCKED);
        v.close();
    }

    /** Someone who also rewrites the checksums only makes the vault refuse to open: the unwrap binds every field. */
    @Test
    void forgedParametersWithFixedChecksumsStillFailTheUnwrap() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            VaultHeader h = header(c);
            VaultHeader forged = VaultHeader.create(new dev.atelier.vault.kdf.Argon2Params(h.params().memoryKiB() + 8,
                    h.params().iterations(), h.params().parallelism()), h.salt(), h.wrappedKey());
            VaultStore.replaceHeader(c, forged, "now");
        }
        Vault v = TestVaults.at(file);
        assertThatThrownBy(() -> v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE)).hasMessage(Passphrases.WRONG);
        v.close();
    }

    /**
     * A hostile vault or backup whose checksums were recomputed cannot make unlock run for minutes:
     * parameters within each single bound but with a huge m·t are refused before any derivation.
     */
    @Test
    void hugeKdfWorkIsRefusedBeforeAnyDerivation() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            VaultHeader h = header(c);
            VaultHeader forged = VaultHeader.create(new dev.atelier.vault.kdf.Argon2Params(2 * 1024 * 1024, 64, 1), h.salt(),
                    h.wrappedKey());
            VaultStore.replaceHeader(c, forged, "now");
        }
        Vault v = TestVaults.at(file);
        long start = System.nanoTime();
        assertThatThrownBy(() -> v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE))
                .hasMessageContaining("out of range").hasMessageContaining("m=2097152 KiB, t=64");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
        v.close();
    }

    @Test
    void aFlippedSealedKeyDamagesOnlyThatAccount() throws Exception {
        flip("account", "sealed_key", "address = '" + imported.toLowerHex() + "'");
        try (Vault v = TestVaults.at(file)) {
            List<VaultDamage> damage = v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            assertThat(damage).singleElement().satisfies(d -> {
                assertThat(d.what()).contains(imported.toChecksumHex()).contains("victim");
                assertThat(d.detail()).contains("fails authentication");
            });
            assertThat(v.status().damage()).hasSize(1);
            assertThatThrownBy(() -> v.signer(imported).signDigest(new byte[32])).hasMessageContaining("is damaged")
                    .hasMessageContaining("Other entries are unaffected");
            assertThat(v.signer(other).signDigest(new byte[32])).isNotNull();
            assertThat(v.secret("rpc/main")).contains(new byte[] {1, 2, 3});
        }
    }

    @Test
    void aSwappedAddressOrKindOrPathIsCaughtByTheAssociatedData() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().executeUpdate("UPDATE account SET kind = 'WATCH_ONLY' WHERE address = '" + other.toLowerHex() + "'");
            c.createStatement().executeUpdate("UPDATE account SET path = 'm/44''/60''/0''/0/9' WHERE kind = 'HD'");
        }
        try (Vault v = TestVaults.at(file)) {
            List<VaultDamage> damage = v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            assertThat(damage).hasSize(2);
            assertThat(damage).anySatisfy(d -> assertThat(d.what()).contains("bystander"));
            assertThat(damage).anySatisfy(d -> assertThat(d.what()).contains("Dev #0"));
            assertThat(v.signer(imported).signDigest(new byte[32])).isNotNull();
        }
    }

    @Test
    void flippedMnemonicAndSecretAreNamed() throws Exception {
        flip("hd_wallet", "sealed_mnemonic", "id = 1");
        flip("named_secret", "sealed_value", "name = 'rpc/main'");
        try (Vault v = TestVaults.at(file)) {
            List<VaultDamage> damage = v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            assertThat(damage).extracting(VaultDamage::describe)
                    .anyMatch(s -> s.contains("HD wallet 1 (\"Dev\")") && s.contains("recovery phrase"))
                    .anyMatch(s -> s.contains("secret \"rpc/main\""));
            assertThatThrownBy(() -> v.keys().derive(1, 1)).hasMessageContaining("HD wallet 1");
            assertThatThrownBy(() -> v.secret("rpc/main")).hasMessageContaining("is damaged");
            assertThat(v.signer(imported).signDigest(new byte[32])).isNotNull();
        }
    }

    /** Flips one random bit of the named column's value. */
    private void flip(String table, String column, String where) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Object value;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT " + column + " FROM " + table + " WHERE " + where)) {
                assertThat(rs.next()).isTrue();
                value = rs.getObject(1);
            }
            Random r = new Random(column.hashCode());
            Object flipped;
            if (value instanceof byte[] b) {
                byte[] copy = b.clone();
                copy[r.nextInt(copy.length)] ^= (byte) (1 << r.nextInt(8));
                flipped = copy;
            } else {
                flipped = ((Number) value).longValue() ^ (1L << r.nextInt(4));
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + where)) {
                ps.setObject(1, flipped);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
    }

    private static VaultHeader header(Connection c) throws Exception {
        return VaultStore.header(c).orElseThrow();
    }
}
