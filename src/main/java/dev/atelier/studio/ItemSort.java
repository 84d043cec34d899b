package dev.atelier.studio;

/** Orders of the item table, each backed by an index or a cheap key. */
public enum ItemSort {
    TOKEN("i.token_hex"),
    NAME("i.name COLLATE NOCASE"),
    SUPPLY("i.supply"),
    STATUS("i.status"),
    VERDICT("i.verdict");

    private final String sql;

    ItemSort(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
