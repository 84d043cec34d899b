package dev.atelier.studio;

/** Orders of the item table, each backed by an index or a cheap key. */
public enum ItemSort {
    TOKEN("i.token_key", ""),
    NAME("i.name", " COLLATE NOCASE"),
    SUPPLY("i.supply", ""),
    STATUS("i.status", ""),
    VERDICT("i.verdict", "");

    private final String column;
    private final String collation;

    ItemSort(String column, String collation) {
        this.column = column;
        this.collation = collation;
    }

    /** The ORDER BY term; {@code indexed == false} keeps SQLite from walking an index (small match sets sort faster). */
    String sql(boolean indexed) {
        return (indexed ? "" : "+") + column + collation;
    }
}
