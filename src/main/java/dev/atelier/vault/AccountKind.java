package dev.atelier.vault;

/** How the vault knows an account: derived from an HD wallet, imported key, or address only. */
public enum AccountKind {
    HD,
    IMPORTED,
    WATCH_ONLY
}
