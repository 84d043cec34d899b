package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import java.util.Locale;

/** The type of a game-item property: what the value must look like and how it is written to JSON. */
public enum PropertyType {
    INTEGER("int"),
    DECIMAL("decimal"),
    TEXT("text"),
    BOOLEAN("bool");

    private final String id;

    PropertyType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PropertyType parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (PropertyType p : values()) {
            if (p.id.equals(t) || p.name().toLowerCase(Locale.ROOT).equals(t)) {
                return p;
            }
        }
        if (t.equals("number")) {
            return DECIMAL;
        }
        if (t.equals("string")) {
            return TEXT;
        }
        throw new AtelierException("Unknown property type '" + text + "'. Use int, decimal, text or bool.");
    }

    @Override
    public String toString() {
        return id;
    }
}
