package dev.atelier.db;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on the database connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
