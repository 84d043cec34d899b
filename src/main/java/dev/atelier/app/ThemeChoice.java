package dev.atelier.app;

/** The user's theme preference; SYSTEM follows the desktop's light/dark setting where it can be read. */
public enum ThemeChoice {
    SYSTEM("Follow system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
