package dev.atelier.studio.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The item fields a CSV column can fill. */
public enum ItemField {
    TOKEN_ID("Token id", Set.of("id", "token_id", "tokenid", "token id", "token")),
    NAME("Name", Set.of("name", "title")),
    DESCRIPTION("Description", Set.of("description")),
    IMAGE("Image", Set.of("image", "image_url", "image file", "image_file")),
    ANIMATION_URL("Animation / model", Set.of("animation_url", "animation", "model", "glb")),
    EXTERNAL_URL("External link", Set.of("external_url", "external link", "url")),
    BACKGROUND_COLOR("Background colour", Set.of("background_color", "background colour", "background")),
    SUPPLY("Supply (ERC-1155)", Set.of("supply", "amount", "quantity"));

    private final String label;
    private final Set<String> headers;

    ItemField(String label, Set<String> headers) {
        this.label = label;
        this.headers = headers;
    }

    public String label() {
        return label;
    }

    static Optional<ItemField> byHeader(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        for (ItemField f : values()) {
            if (f.headers.contains(h)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
