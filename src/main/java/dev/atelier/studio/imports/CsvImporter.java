package dev.atelier.studio.imports;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.studio.CatalogStore;
import dev.atelier.studio.Collection;
import dev.atelier.studio.ItemValidator;
import dev.atelier.studio.ItemWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks) into a
 * collection. Each row becomes an item; {@code attr:<Trait>} columns become attributes and
 * {@code prop:<key>:<type>} columns typed game properties. Every rejected row is reported with its
 * line number, and the import is one transaction: rows are stored only if none was rejected
 * (unless the caller asks to skip bad rows).
 */
public final class CsvImporter {
    static final int BATCH_ROWS = 2048;

    private final CatalogStore store;
    private final ItemValidator validator;

    public CsvImporter(CatalogStore store, ItemValidator validator) {
        this.store = store;
        this.validator = validator;
    }

    /** The header row and up to {@code sampleRows} rows, for the column-mapping dialog. */
    public static CsvPreview preview(Path file, int sampleRows) {
        try (Reader r = open(file); CSVParser p = CSVParser.parse(r, format(file))) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                throw new AtelierException(file.getFileName() + " is empty. The first row must name the columns (e.g. name,image).");
            }
            List<String> headers = it.next().toList();
            List<List<String>> rows = new ArrayList<>();
            while (rows.size() < sampleRows && it.hasNext()) {
                rows.add(it.next().toList());
            }
            return new CsvPreview(headers, rows);
        } catch (IOException | UncheckedIOException e) {
            throw new AtelierException("Cannot read " + file.getFileName() + ": " + describe(e, 1), e);
        }
    }

    public record CsvPreview(List<String> headers, List<List<String>> rows) {
    }

    public ImportReport importFile(Path file, Collection collection, ColumnMapping mapping, boolean skipInvalid,
                                   ProgressSink progress) {
        mapping.check();
        long started = System.nanoTime();
        long size = sizeOf(file);
        Path base = file.toAbsolutePath().getParent();
        CsvRows rows = new CsvRows(collection, mapping, base, validator.forBatch());
        try {
            return store.database().write(conn -> {
                // A large page cache keeps index pages in memory instead of spilling them to the WAL
                // mid-transaction (each spill writes a page that is written again at commit).
                try (PreparedStatement cache = conn.prepareStatement("PRAGMA cache_size = -262144")) {
                    cache.execute();
                }
                rows.used.addAll(store.tokenKeys(collection.id()));
                rows.nextAuto = store.nextTokenId(collection.id());
                try (ItemWriter writer = store.writer(conn); BoundedReader in = new BoundedReader(open(file), ImportRules.MAX_ROW_CHARS);
                     CSVParser parser = CSVParser.parse(in, format(file))) {
                    rows.run(parser, in, writer, skipInvalid, progress, size);
                    rows.flushDeferred(writer, skipInvalid);
                } catch (IOException | UncheckedIOException e) {
                    rows.rejectStructural(e, rows.line);
                }
                ImportReport report = rows.report(started);
                if (!report.ok() && !skipInvalid) {
                    throw new Rejected(report);
                }
                return report;
            });
        } catch (Rejected r) {
            return r.report;
        } finally {
            store.database().read(conn -> {
                try (PreparedStatement cache = conn.prepareStatement("PRAGMA cache_size = -2000")) {
                    cache.execute(); // back to SQLite's default: give the memory back
                }
                return null;
            });
        }
    }

    /** Carries the report out of the transaction so that it rolls back. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportReport report;

        Rejected(ImportReport report) {
            super(null, null, false, false);
            this.report = ImportReport.class.cast(new ImportReport(report.read(), 0, report.rejected(), report.errors(),
                    report.notes(), report.millis()));
        }
    }

    static String describe(Throwable e, long line) {
        if (e instanceof BoundedReader.RowTooLargeException) {
            return "the row is larger than " + ImportRules.MAX_ROW_CHARS / 1024 + " KiB (a cell that huge is usually a "
                    + "quote that was never closed, or a file pasted into a cell).";
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text. Save it as CSV UTF-8.";
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell is never closed: a '\"' is missing.";
        }
        if (m.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return "text follows a closing quote in a cell. Double quotes inside a quoted cell (\"\") or remove the stray quote.";
        }
        if (e.getCause() != null && e.getCause() != e) {
            return describe(e.getCause(), line);
        }
        return "the row cannot be read as CSV (" + m.replaceAll("\\(line \\d+\\) ?", "") + ").";
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new AtelierException("Cannot read " + file + ". Check that the file exists and is readable.", e);
        }
    }

    private static Reader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset(); // no byte-order mark
        }
        return r;
    }

    /** RFC 4180 with the delimiter sniffed from the header line (comma, semicolon or tab, as spreadsheets write). */
    private static CSVFormat format(Path file) throws IOException {
        char delimiter = ',';
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[4096];
            int n = r.read(buf);
            int commas = 0;
            int semis = 0;
            int tabs = 0;
            for (int i = 0; i < Math.max(n, 0) && buf[i] != '\n'; i++) {
                switch (buf[i]) {
                    case ',' -> commas++;
                    case ';' -> semis++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
            if (semis > commas && semis >= tabs) {
                delimiter = ';';
            } else if (tabs > commas && tabs > semis) {
                delimiter = '\t';
            }
        } catch (CharacterCodingException e) {
            // reported by the real read with its line number
        }
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }
}
