package dev.atelier.db;

import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite database file: WAL journal, {@code synchronous=FULL} (a committed write survives a
 * power cut), foreign keys on, a busy timeout, and its schema brought up to date by versioned
 * migrations when opened. Work runs on one connection, serialised by a lock; writes run in one
 * {@code BEGIN IMMEDIATE} transaction each and roll back whole on failure.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private int txDepth;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed, 0600) and migrates the database. */
    public static Database open(Path file, MigrationSet migrations) {
        try {
            PrivateFiles.ensureFile(file);
        } catch (IOException e) {
            throw new AtelierException("Cannot create " + file + ". Check that the folder is writable.", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw translate(file, e);
        }
        Database db = new Database(file, c);
        try {
            db.migrate(migrations);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction; nested calls join the outer transaction. */
    public <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            if (txDepth > 0) {
                txDepth++;
                try {
                    return work.apply(connection);
                } finally {
                    txDepth--;
                }
            }
            exec("BEGIN IMMEDIATE");
            txDepth = 1;
            boolean ok = false;
            try {
                T result = work.apply(connection);
                exec("COMMIT");
                ok = true;
                return result;
            } finally {
                txDepth = 0;
                if (!ok) {
                    rollbackQuietly();
                }
            }
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /** The schema version recorded in the file ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private void migrate(MigrationSet migrations) {
        int current = schemaVersion();
        int latest = migrations.latestVersion();
        if (current > latest) {
            throw new AtelierException(file.getFileName() + " was written by a newer version of Atelier (schema "
                    + current + ", this version knows " + latest + "). Update Atelier to open it.");
        }
        for (Migration m : migrations.all()) {
            if (m.version() <= current) {
                continue;
            }
            write(c -> {
                try (Statement s = c.createStatement()) {
                    // sqlite-jdbc runs a multi-statement script through sqlite3_exec.
                    s.executeUpdate(m.sql());
                    s.executeUpdate("PRAGMA user_version = " + m.version());
                }
                return null;
            });
            LOG.info("Migrated {} to schema V{} ({})", file.getFileName(), m.version(), m.name());
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            exec("ROLLBACK");
        } catch (SQLException e) {
            LOG.warn("Rollback failed on {}", file.getFileName(), e);
        }
    }

    /** Turns a driver error into a message the user can act on; the detail goes to the log once. */
    static AtelierException translate(Path file, SQLException e) {
        String name = file.getFileName().toString();
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        String message;
        if (code == null) {
            message = "Could not use " + name + ": " + e.getMessage();
        } else {
            message = switch (code) {
                case SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, SQLITE_LOCKED ->
                        name + " is busy: another Atelier window or command is writing to it. Try again in a moment.";
                case SQLITE_CORRUPT, SQLITE_NOTADB ->
                        name + " is damaged or is not an Atelier database. Restore it from a backup, or move it aside to start fresh.";
                case SQLITE_FULL -> "The disk holding " + name + " is full. Free some space and try again.";
                case SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN ->
                        "Cannot write " + file + ". Check the folder's permissions.";
                default -> "Could not use " + name + " (" + code.name() + "). Details are in the log.";
            };
        }
        LOG.error("SQLite error on {}", file, e);
        return new AtelierException(message, e);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", file, e);
        } finally {
            lock.unlock();
        }
    }
}
