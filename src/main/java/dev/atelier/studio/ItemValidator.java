package dev.atelier.studio;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an item against the ERC-721 / ERC-1155 metadata JSON schemas (EIP-721 "ERC721 Metadata JSON
 * Schema", EIP-1155 "ERC-1155 Metadata URI JSON Schema"), OpenSea's documented fields and the
 * collection's marketplace profile. Every message says what to change.
 */
public final class ItemValidator {
    private static final Pattern HEX6 = Pattern.compile("[0-9a-fA-F]{6}");
    private static final Pattern IPFS = Pattern.compile("ipfs://[a-zA-Z0-9]{46,}(/.*)?");
    private static final Pattern AR = Pattern.compile("ar://[a-zA-Z0-9_-]{43}(/.*)?");
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 20_000;

    private final MediaCheck media;
    private final java.util.Map<String, List<Issue>> fileCache;

    public ItemValidator(MediaCheck media) {
        this(media, false);
    }

    private ItemValidator(MediaCheck media, boolean cacheFiles) {
        this.media = media;
        this.fileCache = cacheFiles ? new java.util.HashMap<>() : null;
    }

    /**
     * A validator for one batch (an import, a whole-collection check) that looks at each distinct
     * file once: thousands of items often share a handful of files.
     */
    public ItemValidator forBatch() {
        return new ItemValidator(media, true);
    }

    public ValidationReport validate(Item item, Collection collection) {
        MarketplaceProfile profile = collection.marketplaceProfile();
        List<Issue> out = new ArrayList<>();
        if (item.name().isBlank()) {
            out.add(Issue.error("name", "The item has no name. Give it the name buyers will see."));
        } else if (item.name().length() > MAX_NAME) {
            out.add(Issue.warning("name", "The name has " + item.name().length() + " characters; marketplaces cut it after about "
                    + MAX_NAME + ". Shorten it."));
        }
        if (item.description().isBlank()) {
            String msg = "The item has no description. Add a sentence or two (Markdown is allowed).";
            out.add(profile.descriptionRequired() ? Issue.error("description", msg) : Issue.warning("description", msg));
        } else if (item.description().length() > MAX_DESCRIPTION) {
            out.add(Issue.warning("description", "The description is very long (" + item.description().length()
                    + " characters). Keep it under " + MAX_DESCRIPTION + "."));
        }
        MediaRef image = MediaRef.of(item.image());
        if (image.kind() == MediaRef.Kind.EMPTY) {
            out.add(Issue.error("image", "The item has no image. Choose a picture file (PNG, JPEG, GIF, SVG or WebP); "
                    + "for a 3D item use a rendered poster as the image and the GLB as animation_url."));
        } else {
            checkMedia("image", image, profile.imageTypes(), profile, out);
        }
        MediaRef animation = MediaRef.of(item.animationUrl());
        if (animation.kind() != MediaRef.Kind.EMPTY) {
            checkMedia("animation_url", animation, profile.animationTypes(), profile, out);
        }
        checkExternalUrl("external_url", item.externalUrl(), out);
        checkBackground(item.backgroundColor(), out);
        checkSupply(item, collection, out);
        checkAttributes(item.attributes(), out);
        checkProperties(item.properties(), out);
        return new ValidationReport(out);
    }

    private void checkMedia(String field, MediaRef ref, Set<String> types, MarketplaceProfile profile, List<Issue> out) {
        if (ref.kind() == MediaRef.Kind.URI) {
            checkUri(field, ref, profile, out);
            return;
        }
        if (fileCache != null) {
            String key = field + '\u0000' + ref.text() + '\u0000' + profile.id();
            List<Issue> cached = fileCache.get(key);
            if (cached == null) {
                cached = new ArrayList<>();
                checkFile(field, ref, types, profile, cached);
                fileCache.put(key, List.copyOf(cached));
            }
            out.addAll(cached);
            return;
        }
        checkFile(field, ref, types, profile, out);
    }

    private void checkFile(String field, MediaRef ref, Set<String> types, MarketplaceProfile profile, List<Issue> out) {
        Path file;
        try {
            file = ref.path();
        } catch (IllegalArgumentException e) {
            out.add(Issue.error(field, "'" + ref.text() + "' is neither a file path nor a URI. Choose the file again."));
            return;
        }
        if (!Files.isRegularFile(file)) {
            out.add(Issue.error(field, "The file " + file + " is missing. Move it back, or choose the file again."));
            return;
        }
        String ext = ref.extension();
        if (!types.contains(ext)) {
            out.add(Issue.error(field, "." + (ext.isEmpty() ? "(no extension)" : ext) + " files are not accepted for "
                    + field + " by " + profile.label() + ". Use one of: " + String.join(", ", new java.util.TreeSet<>(types)) + "."));
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                out.add(Issue.error(field, "The file " + file.getFileName() + " is empty. Export it again."));
            } else if (size > profile.maxFileBytes()) {
                out.add(Issue.error(field, file.getFileName() + " is " + mb(size) + "; " + profile.label() + " accepts at most "
                        + mb(profile.maxFileBytes()) + ". Compress it or lower its resolution."));
            }
        } catch (IOException e) {
            out.add(Issue.error(field, "Cannot read " + file + ". Check its permissions."));
            return;
        }
        out.addAll(media.check(field, file, profile));
    }

    private static void checkUri(String field, MediaRef ref, MarketplaceProfile profile, List<Issue> out) {
        String scheme = ref.scheme().orElse("");
        String t = ref.text();
        switch (scheme) {
            case "ipfs" -> {
                if (t.startsWith("ipfs://ipfs/")) {
                    out.add(Issue.error(field, "'" + t + "' repeats 'ipfs/': write ipfs://<CID>/path, not ipfs://ipfs/<CID>."));
                } else if (!IPFS.matcher(t).matches()) {
                    out.add(Issue.error(field, "'" + t + "' is not an IPFS address: write ipfs://<CID> or ipfs://<CID>/file."));
                }
            }
            case "ar" -> {
                if (!AR.matcher(t).matches()) {
                    out.add(Issue.error(field, "'" + t + "' is not an Arweave address: write ar://<43-character transaction id>."));
                }
            }
            case "https" -> {
                if (!profile.httpsAllowed()) {
                    out.add(Issue.error(field, profile.label() + " needs content-addressed media: package the collection to "
                            + "get ipfs:// addresses, or use ar://."));
                }
            }
            case "http" -> out.add(profile.httpsAllowed()
                    ? Issue.warning(field, "'" + t + "' uses plain http; marketplaces may refuse it. Use https://, ipfs:// or ar://.")
                    : Issue.error(field, profile.label() + " needs ipfs:// or ar:// media, not http."));
            case "data" -> out.add(Issue.warning(field, "A data: URI puts the file inside the metadata; many marketplaces "
                    + "refuse large ones. Prefer a file or ipfs://."));
            default -> out.add(Issue.error(field, "'" + scheme + ":' addresses are not read by marketplaces. Use a file, "
                    + "ipfs://, ar:// or https://."));
        }
    }

    static void checkExternalUrl(String field, String url, List<Issue> out) {
        if (url.isBlank()) {
            return;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://")) {
            out.add(Issue.warning(field, "The link uses plain http. Use https:// if the site supports it."));
        } else if (!lower.startsWith("https://") || lower.length() <= "https://".length()) {
            out.add(Issue.error(field, "'" + url + "' is not a web link. Write a full https:// address."));
        }
    }

    private static void checkBackground(String color, List<Issue> out) {
        if (color.isBlank()) { // left out of the metadata
            return;
        }
        if (color.startsWith("#") && HEX6.matcher(color.substring(1)).matches()) {
            out.add(Issue.error("background_color", "Remove the '#': OpenSea expects six hex digits without it, e.g. "
                    + color.substring(1) + "."));
        } else if (!HEX6.matcher(color).matches()) {
            out.add(Issue.error("background_color", "'" + color + "' is not a colour: write six hex digits without '#', "
                    + "e.g. 1a2b3c."));
        }
    }

    private static void checkSupply(Item item, Collection c, List<Issue> out) {
        if (c.standard() == Standard.ERC721 && item.supply() != 1) {
            out.add(Issue.error("supply", "An ERC-721 token is unique: its supply must be 1 (it is " + item.supply()
                    + "). Use an ERC-1155 collection for editions."));
        } else if (c.standard() == Standard.ERC1155 && item.supply() < 1) {
            out.add(Issue.error("supply", "The supply is 0, so nothing would be minted. Set it to 1 or more."));
        }
    }

    private static void checkAttributes(List<Attribute> attrs, List<Issue> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attrs.size(); i++) {
            Attribute a = attrs.get(i);
            String f = "attributes[" + i + "]";
            if (a.traitType().isBlank()) {
                out.add(Issue.warning(f + ".trait_type", "Attribute " + (i + 1) + " has no trait type, so marketplaces show it as a bare value. Name it (e.g. Rarity)."));
            } else if (!seen.add(a.traitType().toLowerCase(Locale.ROOT))) {
                out.add(Issue.warning(f + ".trait_type", "The trait '" + a.traitType() + "' appears twice; marketplaces "
                        + "show only one. Remove or rename one of them."));
            }
            if (!a.isNumeric() && a.valueText().isBlank()) {
                out.add(Issue.error(f + ".value", "The trait '" + a.traitType() + "' has no value. Fill it in or remove it."));
            }
            if (a.displayType() != null && !a.isNumeric()) {
                out.add(Issue.error(f + ".value", "The trait '" + a.traitType() + "' is shown as " + a.displayType().json()
                        + " but its value '" + a.valueText() + "' is not a number. Enter a number or clear the display type."));
            }
            if (a.displayType() == DisplayType.DATE && a.isNumeric()) {
                BigDecimal v = (BigDecimal) a.value();
                if (v.scale() > 0 && v.stripTrailingZeros().scale() > 0 || v.signum() < 0) {
                    out.add(Issue.error(f + ".value", "A date trait is a Unix time in whole seconds (e.g. 1546360800)."));
                }
            }
            if (a.maxValue() != null) {
                if (!a.isNumeric()) {
                    out.add(Issue.error(f + ".max_value", "max_value only applies to numeric traits; '" + a.traitType()
                            + "' is text. Remove max_value."));
                } else if (((BigDecimal) a.value()).compareTo(a.maxValue()) > 0) {
                    out.add(Issue.error(f + ".max_value", "The value " + a.valueText() + " of '" + a.traitType()
                            + "' is above its max_value " + a.maxValue().toPlainString() + ". Raise max_value or lower the value."));
                }
            }
        }
    }

    private static void checkProperties(List<GameProperty> props, List<Issue> out) {
        Set<String> seen = new HashSet<>();
        for (GameProperty p : props) {
            if (!seen.add(p.key().toLowerCase(Locale.ROOT))) {
                out.add(Issue.error("properties." + p.key(), "The property '" + p.key() + "' is defined twice. Keep one."));
            }
        }
    }

    static String mb(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

}
