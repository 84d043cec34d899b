package dev.atelier.studio.imports;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import dev.atelier.studio.CatalogStore;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemValidator;
import dev.atelier.studio.ItemWriter;
import dev.atelier.studio.MediaRef;
import dev.atelier.studio.Metadata;
import dev.atelier.studio.TokenId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Imports folders, all or nothing:
 * <ul>
 * <li>{@link #importAssets}: one item per asset; files sharing a base name are one item
 * ({@code sword.png} + {@code sword.glb} → image + animation_url), and {@code sword.json} is an
 * optional sidecar with metadata fields that win over the defaults;</li>
 * <li>{@link #importMetadata}: a folder of ERC-721 / ERC-1155 metadata files named by token id
 * ({@code 1}, {@code 1.json}, or the 64-hex-digit ERC-1155 form), e.g. exported by another tool.</li>
 * </ul>
 */
public final class FolderImporter {
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp");
    private static final Set<String> MODELS = Set.of("glb", "gltf", "mp4", "webm", "m4v", "ogv", "ogg", "mp3", "wav", "oga");

    private final CatalogStore store;
    private final ItemValidator validator;

    public FolderImporter(CatalogStore store, ItemValidator validator) {
        this.store = store;
        this.validator = validator;
    }

    public ImportReport importAssets(Path folder, Collection collection, ProgressSink progress) {
        long started = System.nanoTime();
        Map<String, Group> groups = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        for (Path f : list(folder)) {
            String name = f.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = dot <= 0 ? name : name.substring(0, dot);
            String ext = dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            Group g = groups.computeIfAbsent(base, k -> new Group());
            if (IMAGES.contains(ext) && g.image == null) {
                g.image = f;
            } else if (MODELS.contains(ext) && g.animation == null) {
                g.animation = f;
            } else if (ext.equals("json")) {
                g.sidecar = f;
            } else if (!name.startsWith(".")) {
                notes.add("Skipped " + name + ": not an image, model, media or sidecar JSON file.");
            }
        }
        List<RowError> errors = new ArrayList<>();
        List<Pending> items = new ArrayList<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            if (g.image == null && g.animation == null) {
                if (g.sidecar != null) {
                    notes.add("Skipped " + g.sidecar.getFileName() + ": no image or model named " + e.getKey() + ".*");
                }
                continue;
            }
            Item item = Item.draft(collection.id(), TokenId.of(0), humanize(e.getKey()))
                    .withImage(g.image == null ? "" : g.image.toAbsolutePath().toString())
                    .withAnimationUrl(g.animation == null ? "" : g.animation.toAbsolutePath().toString());
            Pending pending = new Pending(item, false, groupSource(g));
            if (g.sidecar != null) {
                try {
                    pending = applySidecar(item, g.sidecar, folder);
                } catch (RowFailure f) {
                    errors.add(f.error);
                    continue;
                }
            }
            items.add(pending);
        }
        return store(collection, items, errors, notes, progress, started);
    }

    public ImportReport importMetadata(Path folder, Collection collection, ProgressSink progress) {
        long started = System.nanoTime();
        List<RowError> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Pending> items = new ArrayList<>();
        for (Path f : list(folder)) {
            String name = f.getFileName().toString();
            String stem = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
            TokenId token;
            try {
                token = stem.length() == 64 && stem.matches("[0-9a-fA-F]{64}") ? TokenId.fromHex64(stem) : TokenId.parse(stem);
            } catch (AtelierException e) {
                if (!name.startsWith(".")) {
                    notes.add("Skipped " + name + ": its name is not a token id (1, 1.json or 64 hex digits).");
                }
                continue;
            }
            try {
                JsonNode node = readJson(f);
                Metadata.Parsed parsed;
                try {
                    parsed = Metadata.parse(node);
                } catch (AtelierException e) {
                    throw new RowFailure(new RowError(name, 0, e.userMessage()));
                }
                items.add(new Pending(parsed.toItem(collection.id(), token).withImage(resolve(parsed.image(), folder))
                        .withAnimationUrl(resolve(parsed.animationUrl(), folder)), true, name));
            } catch (RowFailure failure) {
                errors.add(failure.error);
            }
        }
        if (items.isEmpty() && errors.isEmpty()) {
            throw new AtelierException(folder + " holds no metadata files named by token id (1, 1.json, or 64 hex digits + .json).");
        }
        return store(collection, items, errors, notes, progress, started);
    }

    /** An item read from the folder; {@code explicitToken} when the file named its token id. */
    private record Pending(Item item, boolean explicitToken, String source) {
    }

    private ImportReport store(Collection collection, List<Pending> items, List<RowError> errors, List<String> notes,
                               ProgressSink progress, long started) {
        long read = items.size() + errors.size();
        if (!errors.isEmpty()) {
            return new ImportReport(read, 0, errors.size(), errors, notes, (System.nanoTime() - started) / 1_000_000);
        }
        ItemValidator batch = validator.forBatch();
        long imported;
        try {
            imported = insertAll(collection, items, batch, progress);
        } catch (ClashRollback c) {
            return new ImportReport(read, 0, c.clashes.size(), c.clashes, notes, (System.nanoTime() - started) / 1_000_000);
        }
        return new ImportReport(read, imported, 0, List.of(), notes, (System.nanoTime() - started) / 1_000_000);
    }

    private long insertAll(Collection collection, List<Pending> items, ItemValidator batch, ProgressSink progress) {
        return store.database().write(conn -> {
            Set<String> used = store.tokenKeys(collection.id());
            TokenId next = store.nextTokenId(collection.id());
            List<RowError> clashes = new ArrayList<>();
            long n = 0;
            try (ItemWriter w = store.writer(conn)) {
                for (Pending p : items) {
                    Item item = p.item();
                    if (!p.explicitToken()) {
                        while (used.contains(next.key())) {
                            next = next.next();
                        }
                        item = item.withTokenId(next);
                    }
                    if (!used.add(item.tokenId().key())) {
                        clashes.add(new RowError(p.source(), 0, "token id " + item.tokenId() + " is already used in the collection."));
                        continue;
                    }
                    if (!clashes.isEmpty()) {
                        continue;
                    }
                    w.insert(item.withVerdict(batch.validate(item, collection).verdict()));
                    if ((++n & 255) == 0) {
                        if (progress.isCancelled()) {
                            throw new CancelledException();
                        }
                        progress.progress(n, items.size());
                    }
                }
            } catch (SQLException e) {
                throw new AtelierException("Could not store the imported items in studio.db.", e);
            }
            if (!clashes.isEmpty()) {
                throw new ClashRollback(clashes);
            }
            return n;
        });
    }

    /** Rolls the transaction back when files name token ids the collection already has. */
    private static final class ClashRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<RowError> clashes;

        ClashRollback(List<RowError> clashes) {
            super(null, null, false, false);
            this.clashes = clashes;
        }
    }

    private static final class RowFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient RowError error;

        RowFailure(RowError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    private static String groupSource(Group g) {
        return (g.image != null ? g.image : g.animation).getFileName().toString();
    }

    private static final class Group {
        Path image;
        Path animation;
        Path sidecar;
    }

    private static Pending applySidecar(Item item, Path sidecar, Path folder) throws RowFailure {
        JsonNode node = readJson(sidecar);
        Metadata.Parsed p;
        try {
            p = Metadata.parse(node);
        } catch (AtelierException e) {
            throw new RowFailure(new RowError(sidecar.getFileName().toString(), 0, e.userMessage()));
        }
        Item out = item;
        if (!p.name().isBlank()) {
            out = out.withName(p.name());
        }
        if (!p.image().isBlank()) {
            out = out.withImage(resolve(p.image(), folder));
        }
        if (!p.animationUrl().isBlank()) {
            out = out.withAnimationUrl(resolve(p.animationUrl(), folder));
        }
        out = out.withDescription(p.description()).withExternalUrl(p.externalUrl()).withBackgroundColor(p.backgroundColor())
                .withAttributes(p.attributes()).withProperties(p.properties());
        if (node.hasNonNull("token_id") || node.hasNonNull("tokenId")) {
            JsonNode t = node.hasNonNull("token_id") ? node.get("token_id") : node.get("tokenId");
            try {
                return new Pending(out.withTokenId(TokenId.parse(t.asText())), true, sidecar.getFileName().toString());
            } catch (AtelierException e) {
                throw new RowFailure(new RowError(sidecar.getFileName().toString(), 0, e.userMessage()));
            }
        }
        return new Pending(out, false, sidecar.getFileName().toString());
    }

    private static String resolve(String ref, Path folder) {
        MediaRef m = MediaRef.of(ref);
        if (m.kind() != MediaRef.Kind.FILE) {
            return ref;
        }
        Path p = m.path();
        return (p.isAbsolute() ? p : folder.toAbsolutePath().resolve(p)).normalize().toString();
    }

    private static JsonNode readJson(Path f) throws RowFailure {
        String name = f.getFileName().toString();
        try {
            long size = Files.size(f);
            if (size > ImportRules.MAX_JSON_BYTES) {
                throw new RowFailure(new RowError(name, 0, "the file is " + size / 1024 + " KiB; metadata files over "
                        + ImportRules.MAX_JSON_BYTES / 1024 + " KiB are not read."));
            }
            return Metadata.MAPPER.readTree(Files.readAllBytes(f));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new RowFailure(new RowError(name, loc == null ? 0 : loc.getLineNr(),
                    "not valid JSON (" + e.getOriginalMessage() + ")."));
        } catch (IOException e) {
            throw new RowFailure(new RowError(name, 0, "cannot be read (" + e.getClass().getSimpleName() + ")."));
        }
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new AtelierException(folder + " is not a folder.");
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().limit(ImportRules.MAX_FOLDER_FILES + 1L).toList();
            if (files.size() > ImportRules.MAX_FOLDER_FILES) {
                throw new AtelierException(folder + " has more than " + ImportRules.MAX_FOLDER_FILES + " files; split it.");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code iron_sword-02} → {@code Iron sword 02}. */
    static String humanize(String base) {
        String s = base.replace('_', ' ').replace('-', ' ').strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? base : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
