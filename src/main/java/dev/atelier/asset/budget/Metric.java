package dev.atelier.asset.budget;

/** What a budget limit measures. Numeric metrics have a maximum; the others pass or fail. */
public enum Metric {
    FILE_BYTES("File size", "bytes"),
    TRIANGLES("Triangles", ""),
    VERTICES("Vertices", ""),
    DRAW_CALLS("Draw calls", ""),
    MATERIALS("Materials", ""),
    TEXTURE_MAX_SIDE("Largest texture side", "px"),
    TEXTURES_SQUARE_POW2("Textures square, power of two", ""),
    IMAGE_MAX_SIDE("Image side", "px"),
    IMAGE_EXACT_SIDE("Image exactly N×N", "px"),
    MEDIA_TYPE("Media type", "");

    private final String label;
    private final String unit;

    Metric(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public boolean numeric() {
        return this != TEXTURES_SQUARE_POW2 && this != MEDIA_TYPE;
    }
}
