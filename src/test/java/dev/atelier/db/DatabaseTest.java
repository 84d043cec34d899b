package dev.atelier.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.common.AtelierException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opensWithWalFullSyncForeignKeysAndBusyTimeout() {
        try (Database db = Database.open(dir.resolve("studio.db"), MigrationSet.studio())) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "busy_timeout")).isEqualTo(Integer.toString(Database.BUSY_TIMEOUT_MS));
        }
    }

    @Test
    void databaseFileIsOwnerOnly() throws Exception {
        Path file = dir.resolve("studio.db");
        try (Database db = Database.open(file, MigrationSet.studio())) {
            new SettingsStore(db).put("k", "v");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Path wal = dir.resolve("studio.db-wal");
            if (Files.exists(wal)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void aFailedWriteRollsBackEverythingItDid() {
        try (Database db = Database.open(dir.resolve("studio.db"), MigrationSet.studio())) {
            SettingsStore store = new SettingsStore(db);
            assertThatThrownBy(() -> db.write(c -> {
                store.put("half", "written");
                throw new SQLException("simulated failure after the first statement");
            })).isInstanceOf(AtelierException.class);
            assertThat(store.get("half")).isEmpty();
        }
    }

    @Test
    void refusesADatabaseFromANewerVersionWithAClearMessage() {
        Path file = dir.resolve("studio.db");
        try (Database db = Database.open(file, MigrationSet.studio())) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 999");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Database.open(file, MigrationSet.studio()))
                .isInstanceOf(AtelierException.class)
                .hasMessageContaining("newer version of Atelier");
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsSuch() throws Exception {
        Path file = dir.resolve("studio.db");
        Files.write(file, "this is not sqlite, just some text that is long enough to have a header".repeat(20).getBytes());
        assertThatThrownBy(() -> Database.open(file, MigrationSet.studio()))
                .isInstanceOf(AtelierException.class)
                .hasMessageContaining("damaged or is not an Atelier database");
    }

    @Test
    void aFailingMigrationLeavesTheSchemaAtThePreviousVersion() {
        MigrationSet broken = MigrationSet.of(List.of(
                new Migration(1, "ok", "CREATE TABLE a(x);"),
                new Migration(2, "broken", "CREATE TABLE b(x); INSERT INTO nope VALUES(1);")));
        Path file = dir.resolve("x.db");
        assertThatThrownBy(() -> Database.open(file, broken)).isInstanceOf(AtelierException.class);
        try (Database db = Database.open(file, broken.upTo(1))) {
            assertThat(db.schemaVersion()).isEqualTo(1);
            int tablesNamedB = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'b'")) {
                    return rs.getInt(1);
                }
            });
            assertThat(tablesNamedB).isZero();
        }
    }

    static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                return rs.getString(1);
            }
        });
    }
}
