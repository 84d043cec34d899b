package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * A typed key/value a game studio keeps on an item (damage, rarity tier, slot, level requirement).
 * Written to the metadata's {@code properties} object (EIP-1155 Metadata: "arbitrary properties";
 * ERC-721 metadata allows extra fields). The value is checked against the type on creation.
 */
public record GameProperty(String key, PropertyType type, Object value) {
    public static final int MAX_KEY = 64;

    public GameProperty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** Parses text into a property of the given type, with a message that says what was expected. */
    public static GameProperty parse(String key, PropertyType type, String text) {
        String k = key.strip();
        if (k.isEmpty() || k.length() > MAX_KEY) {
            throw new AtelierException("A property name must have 1 to " + MAX_KEY + " characters.");
        }
        String t = text.strip();
        Object v = switch (type) {
            case INTEGER -> {
                if (!t.matches("-?[0-9]{1,30}")) {
                    throw new AtelierException("'" + t + "' is not a whole number (property " + k + " is int).");
                }
                yield new BigInteger(t);
            }
            case DECIMAL -> {
                if (!NumberText.isDecimal(t)) {
                    throw new AtelierException("'" + t + "' is not a number (property " + k + " is decimal); write it like 12.5.");
                }
                yield new BigDecimal(t);
            }
            case BOOLEAN -> switch (t.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> throw new AtelierException("'" + t + "' is not true or false (property " + k + " is bool).");
            };
            case TEXT -> text;
        };
        return new GameProperty(k, type, v);
    }

    public String valueText() {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
