package dev.atelier.studio.packaging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.studio.CatalogStore;
import dev.atelier.studio.Collection;
import dev.atelier.studio.CollectionReport;
import dev.atelier.studio.Item;
import dev.atelier.studio.MediaRef;
import dev.atelier.studio.Metadata;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a collection the way marketplaces and IPFS gateways read it:
 * <pre>
 * FOLDER/assets/…                       every local image and model, once
 * FOLDER/metadata/1, 2, …               ERC-721: one JSON per token, named by the decimal id
 * FOLDER/metadata/&lt;64 hex&gt;.json         ERC-1155: named for {id} substitution (EIP-1155 "Metadata")
 * FOLDER/collection.json                contract-level metadata (name, description, image, royalties)
 * </pre>
 * Local files in {@code image}/{@code animation_url} become {@code ipfs://<assets CID>/<file>}; the
 * collection records {@code ipfs://<metadata CID>/} as its base URI. The folder appears whole or
 * not at all (written beside it, then renamed).
 */
public final class Packager {
    private final CatalogStore store;
    private final ContentAddresser cids;

    public Packager(CatalogStore store, ContentAddresser cids) {
        this.store = store;
        this.cids = cids;
    }

    /** The metadata file name of a token: decimal for ERC-721, 64 lowercase hex digits + .json for ERC-1155. */
    public static String fileName(Standard standard, TokenId id) {
        return standard == Standard.ERC1155 ? id.hex64() + ".json" : id.decimal();
    }

    public PackageResult write(Collection c, CollectionReport report, Path out, Path car, ProgressSink progress) {
        if (report.hasErrors()) {
            long bad = report.count(Verdict.ERRORS);
            throw new AtelierException(report.items().isEmpty()
                    ? "'" + c.name() + "' has no items to package. Add or import items first."
                    : "'" + c.name() + "' cannot be packaged while errors remain (" + bad + " item(s)"
                    + (report.own().verdict() == Verdict.ERRORS ? " and the collection's own settings" : "")
                    + "). Run validate to see them and fix them first.");
        }
        Path target = out.toAbsolutePath().normalize();
        checkTarget(target);
        Path tmp = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            deleteTree(tmp);
            Files.createDirectories(tmp.resolve("assets"));
            Files.createDirectories(tmp.resolve("metadata"));
            List<Item> items = store.allItems(c.id());
            Map<String, String> assetNames = copyAssets(c, items, tmp.resolve("assets"), progress);
            String assetsCid = cids.folderCid(tmp.resolve("assets"));
            int n = 0;
            for (Item it : items) {
                String json = Metadata.toJsonText(it, ref -> rewrite(ref, assetNames, assetsCid));
                Files.writeString(tmp.resolve("metadata").resolve(fileName(c.standard(), it.tokenId())), json, StandardCharsets.UTF_8);
                if ((++n & 255) == 0) {
                    progress.checkCancelled();
                    progress.progress(n, items.size());
                }
            }
            String metadataCid = cids.folderCid(tmp.resolve("metadata"));
            String baseUri = "ipfs://" + metadataCid + "/";
            Files.writeString(tmp.resolve("collection.json"), contractMetadata(c, assetNames, assetsCid), StandardCharsets.UTF_8);
            String rootCid = car == null ? cids.folderCid(tmp) : cids.writeCar(tmp, car.toAbsolutePath());
            if (Files.exists(target)) {
                Files.delete(target); // an empty folder, checked above
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            store.updateCollection(store.collection(c.id()).orElse(c).withBaseUri(baseUri));
            return new PackageResult(target, rootCid, assetsCid, metadataCid, baseUri, "ipfs://" + rootCid + "/collection.json",
                    items.size(), new HashSet<>(assetNames.values()).size(), car);
        } catch (IOException e) {
            throw new AtelierException("Could not write the package to " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteTree(tmp);
            } catch (IOException e) {
                // best effort: a leftover .partial folder is harmless and replaced next time
            }
        }
    }

    private static void checkTarget(Path target) {
        if (Files.isRegularFile(target)) {
            throw new AtelierException(target + " is a file. Choose a new or empty folder for the package.");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw new AtelierException(target + " is not empty. Choose a new or empty folder so nothing is overwritten.");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Copies each distinct local file once; returns source path → file name in assets/. */
    private static Map<String, String> copyAssets(Collection c, List<Item> items, Path assets, ProgressSink progress)
            throws IOException {
        Map<String, String> names = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (String ref : refs(c, items)) {
            MediaRef m = MediaRef.of(ref);
            if (m.kind() != MediaRef.Kind.FILE || names.containsKey(ref)) {
                continue;
            }
            Path src = m.path();
            String name = safeName(src.getFileName().toString());
            String unique = name;
            for (int i = 2; !used.add(unique.toLowerCase(Locale.ROOT)); i++) {
                int dot = name.lastIndexOf('.');
                unique = dot <= 0 ? name + "-" + i : name.substring(0, dot) + "-" + i + name.substring(dot);
            }
            Files.copy(src, assets.resolve(unique));
            names.put(ref, unique);
            progress.checkCancelled();
        }
        return names;
    }

    private static List<String> refs(Collection c, List<Item> items) {
        List<String> out = new java.util.ArrayList<>();
        if (!c.coverImage().isBlank()) {
            out.add(c.coverImage());
        }
        for (Item it : items) {
            if (!it.image().isBlank()) {
                out.add(it.image());
            }
            if (!it.animationUrl().isBlank()) {
                out.add(it.animationUrl());
            }
        }
        return out;
    }

    /** File names that are safe in a URI path and on every file system. */
    static String safeName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "asset" + s : s;
    }

    private static String rewrite(String ref, Map<String, String> names, String assetsCid) {
        String name = names.get(ref);
        return name == null ? ref : "ipfs://" + assetsCid + "/" + name;
    }

    /** OpenSea's contract-level metadata (contractURI): name, description, image, external_link, royalties. */
    private static String contractMetadata(Collection c, Map<String, String> names, String assetsCid) throws IOException {
        ObjectNode o = Metadata.MAPPER.createObjectNode();
        o.put("name", c.name());
        if (!c.symbol().isBlank()) {
            o.put("symbol", c.symbol());
        }
        if (!c.description().isBlank()) {
            o.put("description", c.description());
        }
        if (!c.coverImage().isBlank()) {
            o.put("image", rewrite(c.coverImage(), names, assetsCid));
        }
        if (!c.externalLink().isBlank()) {
            o.put("external_link", c.externalLink());
        }
        if (c.royaltyBps() > 0) {
            o.put("seller_fee_basis_points", c.royaltyBps());
            o.put("fee_recipient", c.royaltyReceiver());
        }
        return Metadata.MAPPER.writeValueAsString(o);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
