package dev.atelier.vault;

/**
 * How the vault knows an account: derived from an HD wallet, imported key, address only, or a
 * development account of the local sandbox chain (a publicly known key: never for real funds).
 */
public enum AccountKind {
    HD,
    IMPORTED,
    WATCH_ONLY,
    /** A well-known anvil/hardhat development key ("test test ... junk"): anyone can spend from it. */
    SANDBOX;

    /** The lowercase name scripts see ({@code hd}, {@code imported}, {@code watch-only}, {@code sandbox}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
