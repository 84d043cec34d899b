package dev.atelier.studio;

import java.util.Locale;

/** The validation badge of an item or collection. */
public enum Verdict {
    READY, WARNINGS, ERRORS;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static Verdict parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    public Verdict worst(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
