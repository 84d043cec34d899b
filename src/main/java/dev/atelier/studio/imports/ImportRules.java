package dev.atelier.studio.imports;

/** Bounds on untrusted import files, applied before anything large is allocated. */
public final class ImportRules {
    /** A cell longer than this is rejected (descriptions are long; 64 KiB is far beyond any marketplace). */
    public static final int MAX_CELL_CHARS = 64 * 1024;
    /** A row longer than this stops the import at that row before it is read into memory. */
    public static final int MAX_ROW_CHARS = 1024 * 1024;
    public static final int MAX_COLUMNS = 512;
    public static final long MAX_ROWS = 1_000_000;
    public static final int MAX_REPORTED_ERRORS = 1_000;
    /** Sidecar and metadata JSON files larger than this are rejected unread. */
    public static final long MAX_JSON_BYTES = 1024 * 1024;
    public static final int MAX_FOLDER_FILES = 200_000;

    private ImportRules() {
    }
}
