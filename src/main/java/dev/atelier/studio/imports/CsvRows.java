package dev.atelier.studio.imports;

import dev.atelier.common.AtelierException;
import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import dev.atelier.studio.Attribute;
import dev.atelier.studio.Collection;
import dev.atelier.studio.GameProperty;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemValidator;
import dev.atelier.studio.ItemWriter;
import dev.atelier.studio.MediaRef;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV import in progress: turns rows into checked items (recording every rejection with its
 * line), assigns automatic token ids, and hands encoded batches to the writer.
 */
final class CsvRows {
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

    CsvRows(Collection collection, ColumnMapping mapping, Path base, ItemValidator validator) {
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
        List<ItemWriter.Encoded> out = new ArrayList<>(CsvImporter.BATCH_ROWS);
        try {
            while (out.size() < CsvImporter.BATCH_ROWS) {
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
        String msg = CsvImporter.describe(cause, line);
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
        if (!used.add(item.tokenId().key())) {
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
            while (used.contains(nextAuto.key())) {
                nextAuto = nextAuto.next();
            }
            used.add(nextAuto.key());
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
                while (used.contains(nextAuto.key())) {
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
