package dev.atelier.studio;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry of the metadata {@code attributes} array (OpenSea metadata standard): a trait type, a
 * value (text or number), an optional {@code display_type} and an optional {@code max_value}.
 * Numbers are kept as {@link BigDecimal} so they print exactly as typed.
 */
public record Attribute(String traitType, Object value, DisplayType displayType, BigDecimal maxValue) {
    public Attribute {
        Objects.requireNonNull(traitType, "traitType");
        Objects.requireNonNull(value, "value");
        if (!(value instanceof String) && !(value instanceof BigDecimal)) {
            throw new IllegalArgumentException("attribute values are String or BigDecimal");
        }
    }

    public static Attribute text(String trait, String value) {
        return new Attribute(trait, value, null, null);
    }

    public static Attribute number(String trait, BigDecimal value, DisplayType display, BigDecimal max) {
        return new Attribute(trait, value, display, max);
    }

    /** A value typed in a cell or a form: a plain decimal number becomes a number, anything else text. */
    public static Object parseValue(String text) {
        String t = text.strip();
        if (NumberText.isDecimal(t)) {
            return new BigDecimal(t);
        }
        return text;
    }

    public boolean isNumeric() {
        return value instanceof BigDecimal;
    }

    /** The value as text, the way it is indexed for filters. */
    public String valueText() {
        return value instanceof BigDecimal d ? NumberText.plain(d) : (String) value;
    }
}
