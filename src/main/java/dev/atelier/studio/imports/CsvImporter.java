package dev.atelier.studio.imports;

import dev.atelier.common.AtelierException;
import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import dev.atelier.studio.Attribute;
import dev.atelier.studio.CatalogStore;
import dev.atelier.studio.Collection;
import dev.atelier.studio.GameProperty;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemValidator;
import dev.atelier.studio.ItemWriter;
import dev.atelier.studio.MediaRef;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
    private static final int BATCH_ROWS = 2048;

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
        Rows rows = new Rows(collection, mapping, base, validator.forBatch());
        try {
            return store.database().write(conn -> {
                // A large page cache keeps index pages in memory instead of spilling them to the WAL
                // mid-transaction (each spill writes a page that is written again at commit).
                try (PreparedStatement cache = conn.prepareStatement("PRAGMA cache_size = -262144")) {
                    cache.execute();
                }
                rows.used.addAll(store.tokenHexes(collection.id()));
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

    private static final class Rows {
        final Collection collection;
        final ColumnMapping mapping;
        final Path base;
        final ItemValidator validator;
        final Set<String> used = new java.util.HashSet<>();
        final List<RowError> errors = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<Item> deferred = new ArrayList<>();
        final boolean autoIds;
        TokenId nextAuto;
        long line = 1;
        long read;
        long imported;
        long rejected;

        Rows(Collection collection, ColumnMapping mapping, Path base, ItemValidator validator) {
            this.collection = collection;
            this.mapping = mapping;
            this.base = base;
            this.validator = validator;
            this.autoIds = !mapping.maps(ItemField.TOKEN_ID);
            for (String h : mapping.ignoredHeaders()) {
                notes.add("Column '" + h + "' was ignored (not mapped to a field, attr:<Trait> or prop:<key>).");
            }
        }

        /**
         * Reads, checks and encodes the next rows on a pool thread while this thread stores the
         * previous batch: parsing and SQLite then use both cores. Only one batch is prepared at a
         * time, so the parser and the checking state are never touched by two threads at once.
         */
        void run(CSVParser parser, BoundedReader in, ItemWriter writer, boolean skipInvalid, ProgressSink progress,
                 long size) {
            Iterator<CSVRecord> it = parser.iterator();
            try {
                if (!it.hasNext()) {
                    throw new AtelierException("The file is empty. The first row must name the columns (e.g. name,image).");
                }
                List<String> header = it.next().toList();
                if (!header.equals(mapping.headers())) {
                    throw new AtelierException("The file's header row changed since the columns were mapped. Map the columns again.");
                }
                in.markRowStart(in.position());
            } catch (UncheckedIOException e) {
                rejectStructural(e, line);
                return;
            }
            CompletableFuture<Batch> pending = CompletableFuture.supplyAsync(() -> nextBatch(parser, it, in, skipInvalid));
            while (true) {
                Batch b = join(pending);
                if (!b.last) {
                    pending = CompletableFuture.supplyAsync(() -> nextBatch(parser, it, in, skipInvalid));
                }
                storeAll(writer, b.rows);
                if (progress.isCancelled()) {
                    if (!b.last) {
                        join(pending); // let the reader finish its batch before the file is closed
                    }
                    throw new CancelledException();
                }
                progress.progress(Math.min(b.position, size), size);
                progress.message(b.read + " rows read");
                if (b.last) {
                    break;
                }
            }
            progress.progress(size, size);
        }

        private static Batch join(CompletableFuture<Batch> f) {
            try {
                return f.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }

        /** One batch of checked, encoded rows; {@code last} once the file is read or reading stopped. */
        private record Batch(List<ItemWriter.Encoded> rows, boolean last, long position, long read) {
        }

        private Batch nextBatch(CSVParser parser, Iterator<CSVRecord> it, BoundedReader in, boolean skipInvalid) {
            List<ItemWriter.Encoded> out = new ArrayList<>(BATCH_ROWS);
            try {
                while (out.size() < BATCH_ROWS) {
                    line = parser.getCurrentLineNumber() + 1;
                    if (!it.hasNext()) {
                        return new Batch(out, true, in.position(), read);
                    }
                    CSVRecord rec = it.next();
                    in.markRowStart(rec.getCharacterPosition());
                    read++;
                    if (read > ImportRules.MAX_ROWS) {
                        reject(line, "the file has more than " + ImportRules.MAX_ROWS + " rows; split it into smaller files.");
                        return new Batch(out, true, in.position(), read);
                    }
                    Item item = check(rec, line);
                    if (item != null && (rejected == 0 || skipInvalid)) {
                        // nothing is stored once a row was rejected; reading goes on only to report every bad row
                        out.add(ItemWriter.encode(item.withVerdict(validator.validate(item, collection).verdict())));
                    }
                }
                return new Batch(out, false, in.position(), read);
            } catch (UncheckedIOException e) {
                rejectStructural(e, line);
                return new Batch(out, true, in.position(), read);
            }
        }

        void rejectStructural(Exception e, long line) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            rejected++;
            String msg = describe(cause, line);
            errors.add(new RowError("", line, msg + " The rest of the file was not read; fix this row and import again."));
        }

        /** The row as an item, or null when it was rejected (recorded), blank, or deferred for an automatic id. */
        private Item check(CSVRecord rec, long line) {
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                return null; // blank line
            }
            int expected = mapping.headers().size();
            if (rec.size() != expected) {
                reject(line, rec.size() < expected
                        ? "missing columns: the row has " + rec.size() + " cells, the header has " + expected + "."
                        : "too many cells: the row has " + rec.size() + " cells, the header has " + expected
                        + ". Quote cells that contain commas.");
                return null;
            }
            Item item;
            try {
                item = toItem(rec);
            } catch (AtelierException e) {
                reject(line, e.userMessage());
                return null;
            }
            if (item == null) {
                return null;
            }
            if (!used.add(item.tokenId().hex64())) {
                reject(line, "duplicate token id " + item.tokenId() + ": another row or an existing item already uses it.");
                return null;
            }
            return item;
        }

        private void storeAll(ItemWriter writer, List<ItemWriter.Encoded> rows) {
            try {
                writer.insertAll(rows);
            } catch (SQLException ex) {
                throw new AtelierException("Could not store the imported items in studio.db.", ex);
            }
            imported += rows.size();
        }

        private void store(ItemWriter writer, ItemWriter.Encoded e) {
            try {
                writer.insert(e);
            } catch (SQLException ex) {
                throw new AtelierException("Could not store the item " + e.item().tokenId() + " in studio.db.", ex);
            }
            imported++;
        }

        void flushDeferred(ItemWriter writer, boolean skipInvalid) {
            for (Item d : deferred) {
                while (used.contains(nextAuto.hex64())) {
                    nextAuto = nextAuto.next();
                }
                used.add(nextAuto.hex64());
                Item it = d.withTokenId(nextAuto);
                if (rejected == 0 || skipInvalid) {
                    store(writer, ItemWriter.encode(it.withVerdict(validator.validate(it, collection).verdict())));
                }
            }
        }

        private Item toItem(CSVRecord rec) {
            String name = "";
            String description = "";
            String image = "";
            String animation = "";
            String external = "";
            String background = "";
            long supply = 1;
            TokenId token = null;
            List<Attribute> attrs = new ArrayList<>();
            List<GameProperty> props = new ArrayList<>();
            for (int c = 0; c < rec.size(); c++) {
                String cell = rec.get(c);
                String header = mapping.headers().get(c);
                if (cell.length() > ImportRules.MAX_CELL_CHARS) {
                    throw new AtelierException("the cell in column '" + header + "' has " + cell.length()
                            + " characters; at most " + ImportRules.MAX_CELL_CHARS + " are accepted.");
                }
                ColumnTarget target = mapping.targets().get(c);
                if (target instanceof ColumnTarget.Field f) {
                    switch (f.field()) {
                        case TOKEN_ID -> token = cell.isBlank() ? null : parseToken(cell, header);
                        case NAME -> name = cell.strip();
                        case DESCRIPTION -> description = cell;
                        case IMAGE -> image = media(cell);
                        case ANIMATION_URL -> animation = media(cell);
                        case EXTERNAL_URL -> external = cell.strip();
                        case BACKGROUND_COLOR -> background = cell.strip();
                        case SUPPLY -> supply = cell.isBlank() ? 1 : parseSupply(cell, header);
                    }
                } else if (target instanceof ColumnTarget.Trait t && !cell.isBlank()) {
                    attrs.add(trait(t, cell, header));
                } else if (target instanceof ColumnTarget.Property p && !cell.isBlank()) {
                    try {
                        props.add(GameProperty.parse(p.key(), p.type(), cell));
                    } catch (AtelierException e) {
                        throw new AtelierException("column '" + header + "': " + e.userMessage());
                    }
                }
            }
            if (collection.standard() == Standard.ERC721 && mapping.maps(ItemField.SUPPLY) && supply != 1) {
                throw new AtelierException("supply " + supply + " is not allowed in an ERC-721 collection (every token is unique).");
            }
            Item item = Item.draft(collection.id(), token == null ? TokenId.of(0) : token, name).withDescription(description)
                    .withImage(image).withAnimationUrl(animation).withExternalUrl(external).withBackgroundColor(background)
                    .withSupply(supply).withAttributes(attrs).withProperties(props);
            if (token == null) {
                if (autoIds) {
                    while (used.contains(nextAuto.hex64())) {
                        nextAuto = nextAuto.next();
                    }
                    item = item.withTokenId(nextAuto);
                    nextAuto = nextAuto.next();
                } else {
                    deferred.add(item);
                    return null;
                }
            }
            return item;
        }

        private static TokenId parseToken(String cell, String header) {
            try {
                return TokenId.parse(cell);
            } catch (AtelierException e) {
                throw new AtelierException("column '" + header + "': " + e.userMessage());
            }
        }

        private static long parseSupply(String cell, String header) {
            String t = cell.strip();
            if (!t.matches("[0-9]{1,18}")) {
                throw new AtelierException("column '" + header + "': '" + t + "' is not a whole number of tokens (e.g. 100).");
            }
            return Long.parseLong(t);
        }

        private static Attribute trait(ColumnTarget.Trait t, String cell, String header) {
            if (t.displayType() != null) {
                String v = cell.strip();
                try {
                    BigDecimal d = new BigDecimal(v);
                    if (v.length() > 50 || v.contains("e") || v.contains("E")) {
                        throw new NumberFormatException();
                    }
                    return Attribute.number(t.trait(), d, t.displayType(), t.maxValue());
                } catch (NumberFormatException e) {
                    throw new AtelierException("column '" + header + "': '" + v + "' is not a number (the trait is shown as "
                            + t.displayType().json() + ").");
                }
            }
            Object value = Attribute.parseValue(cell);
            return new Attribute(t.trait(), value instanceof String s ? s.strip() : value, null,
                    value instanceof BigDecimal ? t.maxValue() : null);
        }

        /** Files named relative to the CSV's folder become absolute paths; URIs stay as they are. */
        private String media(String cell) {
            String t = cell.strip();
            if (t.isEmpty()) {
                return t;
            }
            MediaRef ref = MediaRef.of(t);
            if (ref.kind() != MediaRef.Kind.FILE) {
                return t;
            }
            try {
                Path p = ref.path();
                return (p.isAbsolute() ? p : base.resolve(p)).normalize().toString();
            } catch (IllegalArgumentException e) {
                throw new AtelierException("'" + t + "' is not a valid file path.");
            }
        }

        private void reject(long line, String message) {
            rejected++;
            if (errors.size() < ImportRules.MAX_REPORTED_ERRORS) {
                errors.add(new RowError("", line, message));
            }
        }

        ImportReport report(long started) {
            return new ImportReport(read, imported, rejected, errors, notes, (System.nanoTime() - started) / 1_000_000);
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
