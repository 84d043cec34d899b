package dev.atelier.studio.imports;

/**
 * A rejected row (CSV: its first physical line, 1-based, the header being line 1) or file (folder
 * imports: {@code source} names the file, {@code line} the JSON line or 0).
 */
public record RowError(String source, long line, String message) {
    @Override
    public String toString() {
        return (source.isEmpty() ? "" : source + ":") + (line > 0 ? "line " + line + ": " : " ") + message;
    }
}
