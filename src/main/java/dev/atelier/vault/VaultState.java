package dev.atelier.vault;

/** What the header shows: no vault yet, a vault whose master key is forgotten, or one ready to sign. */
public enum VaultState {
    NONE("No vault"),
    LOCKED("Locked"),
    UNLOCKED("Unlocked");

    private final String label;

    VaultState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
