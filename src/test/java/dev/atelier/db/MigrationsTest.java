package dev.atelier.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every schema version applies to a fresh database, and every earlier version upgrades to the same schema. */
class MigrationsTest {
    @TempDir
    Path dir;

    static final MigrationSet STUDIO = MigrationSet.studio();

    static Stream<Integer> earlierVersions() {
        return IntStream.range(0, STUDIO.latestVersion()).boxed();
    }

    @Test
    void freshDatabaseGetsEveryMigration() {
        try (Database db = Database.open(dir.resolve("fresh.db"), STUDIO)) {
            assertThat(db.schemaVersion()).isEqualTo(STUDIO.latestVersion());
            assertThat(schema(db)).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "upgrade from V{0}")
    @MethodSource("earlierVersions")
    void upgradingFromAnEarlierVersionGivesTheSameSchemaAsAFreshDatabase(int from) {
        List<String> expected;
        try (Database fresh = Database.open(dir.resolve("fresh.db"), STUDIO)) {
            expected = schema(fresh);
        }
        Path file = dir.resolve("old.db");
        try (Database old = Database.open(file, STUDIO.upTo(from))) {
            assertThat(old.schemaVersion()).isEqualTo(from);
            if (from >= 1) { // settings exist since V1: user data must survive the upgrade
                new SettingsStore(old).put("probe", "kept");
            }
        }
        try (Database upgraded = Database.open(file, STUDIO)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(STUDIO.latestVersion());
            assertThat(schema(upgraded)).isEqualTo(expected);
            assertThat(DatabaseTest.pragma(upgraded, "integrity_check")).isEqualTo("ok");
            assertThat(DatabaseTest.pragma(upgraded, "foreign_key_check")).isNull();
            if (from >= 1) {
                assertThat(new SettingsStore(upgraded).get("probe")).contains("kept");
            }
        }
    }

    @Test
    void reopeningAnUpToDateDatabaseChangesNothing() {
        Path file = dir.resolve("s.db");
        List<String> first;
        try (Database db = Database.open(file, STUDIO)) {
            new SettingsStore(db).put("ui.theme", "DARK");
            first = schema(db);
        }
        try (Database db = Database.open(file, STUDIO)) {
            assertThat(schema(db)).isEqualTo(first);
            assertThat(new SettingsStore(db).get("ui.theme")).contains("DARK");
        }
    }

    static List<String> schema(Database db) {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            return rows;
        });
    }
}
