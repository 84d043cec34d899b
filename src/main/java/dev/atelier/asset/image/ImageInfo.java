package dev.atelier.asset.image;

/** What an image's header says: its format name, pixel size and frame count (animations). */
public record ImageInfo(String format, int width, int height, int frames) {
    public long pixels() {
        return (long) width * height;
    }
}
