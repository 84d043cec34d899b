package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.db.Database;
import dev.atelier.studio.imports.ColumnMapping;
import dev.atelier.studio.imports.CsvImporter;
import dev.atelier.studio.imports.FolderImporter;
import dev.atelier.studio.imports.ImportReport;
import dev.atelier.studio.packaging.ContentAddresser;
import dev.atelier.studio.packaging.PackageResult;
import dev.atelier.studio.packaging.Packager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Studio's operations over the catalog, shared by the window and the CLI: collections, items
 * (validated on every save), imports and whole-collection validation.
 */
public final class Studio {
    private final CatalogStore store;
    private final CatalogSearch search;
    private final ItemValidator validator;

    private final ContentAddresser cids;

    public Studio(Database db, MediaCheck media) {
        this(db, media, null);
    }

    /** @param cids content addressing for packages (the Assets capability); null when not available */
    public Studio(Database db, MediaCheck media, ContentAddresser cids) {
        this.cids = cids;
        this.store = new CatalogStore(db);
        this.search = new CatalogSearch(db);
        this.validator = new ItemValidator(media);
    }

    public CatalogStore store() {
        return store;
    }

    public CatalogSearch search() {
        return search;
    }

    public ItemValidator validator() {
        return validator;
    }

    // ---- collections ----

    /** Creates a collection after checking what cannot be fixed later without confusion. */
    public Collection createCollection(Collection draft) {
        checkCollection(draft);
        return store.createCollection(draft);
    }

    /** Saves a collection's fields; a profile change re-checks every item. */
    public Collection saveCollection(Collection c) {
        checkCollection(c);
        Collection before = store.collection(c.id()).orElseThrow(() -> new AtelierException("The collection no longer exists."));
        store.updateCollection(c);
        if (!before.profile().equals(c.profile()) || before.standard() != c.standard()) {
            validateCollection(c);
        }
        return c;
    }

    private static void checkCollection(Collection c) {
        if (c.name().isBlank()) {
            throw new AtelierException("A collection needs a name.");
        }
        if (c.name().strip().length() > 200) {
            throw new AtelierException("The collection name is too long (at most 200 characters).");
        }
        if (c.royaltyBps() < 0 || c.royaltyBps() > 10_000) {
            throw new AtelierException("Royalty must be between 0 and 10000 basis points (10000 = 100%).");
        }
        if (!c.royaltyReceiver().isBlank()) {
            Address.parse(c.royaltyReceiver());
        }
        MarketplaceProfile.byId(c.profile());
    }

    public Collection collection(String name) {
        return store.collection(name);
    }

    // ---- items ----

    /** Adds an item; a token id of null takes the next free id of the collection. */
    public Item addItem(Collection c, Item draft, boolean autoTokenId) {
        return store.database().write(conn -> {
            Item it = autoTokenId ? draft.withTokenId(CatalogStore.nextTokenId(conn, c.id())) : draft;
            it = it.withVerdict(validator.validate(it, c).verdict());
            return store.insertItem(it);
        });
    }

    /** Saves an edited item and returns it with its fresh verdict. */
    public Item saveItem(Collection c, Item item) {
        Item checked = item.withVerdict(validator.validate(item, c).verdict());
        store.updateItem(checked);
        return checked;
    }

    public ValidationReport validate(Item item, Collection c) {
        return validator.validate(item, c);
    }

    // ---- whole collection ----

    /** The collection's own report and every item's, with verdicts stored back for the table badges. */
    public CollectionReport validateCollection(Collection c) {
        return validateCollection(c, ProgressSink.NONE);
    }

    public CollectionReport validateCollection(Collection c, ProgressSink progress) {
        ValidationReport own = CollectionValidator.validate(c);
        ItemValidator batch = validator.forBatch();
        Map<Long, Verdict> verdicts = new HashMap<>();
        List<CollectionReport.ItemResult> results = new java.util.ArrayList<>();
        long[] n = {0};
        store.forEachItem(c.id(), it -> {
            ValidationReport r = batch.validate(it, c);
            if (r.verdict() != it.verdict()) {
                verdicts.put(it.id(), r.verdict());
            }
            results.add(new CollectionReport.ItemResult(it.id(), it.tokenId(), it.name(), r));
            if ((++n[0] & 1023) == 0) {
                progress.checkCancelled();
            }
        });
        if (!verdicts.isEmpty()) {
            store.setVerdicts(verdicts);
        }
        return new CollectionReport(c, own, results);
    }

    // ---- packaging ----

    /** Validates, then writes the package and records the collection's metadata base URI. */
    public PackageResult packageCollection(Collection c, Path out, Path car, ProgressSink progress) {
        if (cids == null) {
            throw new AtelierException("This build cannot compute IPFS content addresses yet, so it cannot package collections.");
        }
        CollectionReport report = validateCollection(c, progress);
        return new Packager(store, cids).write(c, report, out, car, progress);
    }

    // ---- imports ----

    public ImportReport importCsv(Collection c, Path csv, ColumnMapping mapping, boolean skipInvalid, ProgressSink progress) {
        return new CsvImporter(store, validator).importFile(csv, c, mapping, skipInvalid, progress);
    }

    /** Imports a CSV file, a folder of metadata JSON, or a folder of assets, whichever {@code path} is. */
    public ImportReport importPath(Collection c, Path path, ProgressSink progress) {
        if (Files.isDirectory(path)) {
            if (looksLikeMetadataFolder(path)) {
                return new FolderImporter(store, validator).importMetadata(path, c, progress);
            }
            return new FolderImporter(store, validator).importAssets(path, c, progress);
        }
        if (!Files.isRegularFile(path)) {
            throw new AtelierException(path + " does not exist. Give a .csv file or a folder.");
        }
        if (!path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new AtelierException(path.getFileName() + " is not a .csv file. Give a CSV file or a folder of assets or metadata.");
        }
        ColumnMapping mapping = ColumnMapping.byHeaders(CsvImporter.preview(path, 0).headers());
        return importCsv(c, path, mapping, false, progress);
    }

    /** A folder whose files are named by token ids (1, 1.json, 64 hex digits) and hold JSON. */
    public static boolean looksLikeMetadataFolder(Path folder) {
        try (var s = Files.list(folder)) {
            List<String> names = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).limit(50).toList();
            return !names.isEmpty() && names.stream().allMatch(n -> n.matches("(?i)([0-9]{1,78}|[0-9a-f]{64})(\\.json)?"));
        } catch (java.io.IOException e) {
            throw new AtelierException("Cannot list " + folder + ".", e);
        }
    }
}
