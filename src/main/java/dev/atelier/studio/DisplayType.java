package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import java.util.Locale;

/** OpenSea's {@code display_type} for numeric attributes; absent means a plain text or number trait. */
public enum DisplayType {
    NUMBER("number"),
    BOOST_NUMBER("boost_number"),
    BOOST_PERCENTAGE("boost_percentage"),
    /** A Unix timestamp in seconds. */
    DATE("date");

    private final String json;

    DisplayType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static DisplayType parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (DisplayType d : values()) {
            if (d.json.equals(t)) {
                return d;
            }
        }
        throw new AtelierException("Unknown display type '" + text + "'. Use number, boost_number, boost_percentage or date.");
    }

    @Override
    public String toString() {
        return json;
    }
}
