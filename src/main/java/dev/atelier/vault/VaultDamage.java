package dev.atelier.vault;

/**
 * A sealed value that failed authentication when the vault was unlocked: flipped bits, or a value
 * moved to another row. Only that entry is unusable; the rest of the vault works.
 *
 * @param what for example {@code account 0xAbC… ("Treasury")} or {@code HD wallet 2 ("Main")}
 */
public record VaultDamage(String what, String detail) {
    public String describe() {
        return what + ": " + detail;
    }
}
