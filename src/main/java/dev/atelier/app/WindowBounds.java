package dev.atelier.app;

/** The main window's last position and size, remembered across runs. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    public static WindowBounds defaults() {
        return new WindowBounds(Double.NaN, Double.NaN, 1280, 800, false);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
