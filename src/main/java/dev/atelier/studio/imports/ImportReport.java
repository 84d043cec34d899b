package dev.atelier.studio.imports;

import java.util.List;

/**
 * What an import did. When {@code rejected > 0} and the import was not told to skip bad rows,
 * nothing was stored ({@code imported == 0}): an import is all or nothing.
 *
 * @param errors   the first {@link ImportRules#MAX_REPORTED_ERRORS} rejections, in file order
 * @param rejected how many rows or files were rejected in all
 * @param notes    things worth knowing that rejected nothing (ignored columns, skipped files)
 */
public record ImportReport(long read, long imported, long rejected, List<RowError> errors, List<String> notes,
                           long millis) {
    public ImportReport {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return rejected == 0;
    }

    public double rowsPerSecond() {
        return millis <= 0 ? read : read * 1000.0 / millis;
    }
}
