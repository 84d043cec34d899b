package dev.atelier.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Exact tokens in the full-text index's {@code tags} column: one for the item's collection and one
 * per attribute value. A token is the hex of "collection \u001f trait \u001f value" (lower-cased),
 * so it is a single unicode61 token that matches only that exact value; very long values use the
 * SHA-256 of the same text instead.
 */
final class SearchTokens {
    private static final HexFormat HEX = HexFormat.of();
    private static final int MAX_EXACT_BYTES = 96;

    private SearchTokens() {
    }

    static String collection(long collectionId) {
        return "c" + collectionId;
    }

    static String trait(long collectionId, String traitType, String value) {
        byte[] text = (collectionId + "\u001f" + traitType.toLowerCase(Locale.ROOT) + "\u001f" + value.toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8);
        if (text.length <= MAX_EXACT_BYTES) {
            return "t" + HEX.formatHex(text);
        }
        try {
            return "h" + HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String tags(Item it) {
        StringBuilder b = new StringBuilder(collection(it.collectionId()));
        for (Attribute a : it.attributes()) {
            b.append(' ').append(trait(it.collectionId(), a.traitType(), a.valueText()));
        }
        return b.toString();
    }
}
