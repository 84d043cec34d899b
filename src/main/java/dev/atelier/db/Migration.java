package dev.atelier.db;

/** One versioned schema change, read from a {@code V<n>__<name>.sql} resource. */
public record Migration(int version, String name, String sql) {
}
