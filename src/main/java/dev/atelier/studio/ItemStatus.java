package dev.atelier.studio;

import java.util.Locale;

/** Where an item is on its way to the chain; the minting capability moves it past DRAFT. */
public enum ItemStatus {
    DRAFT, MINTING, MINTED, FAILED;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static ItemStatus parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
