package dev.atelier.studio;

/**
 * The file checks the Studio applies to item media beyond existence, extension and size. The
 * Assets capability's inspector (media sniffing, pixel dimensions, 3D budgets) plugs in here.
 */
public final class StudioMedia {
    private StudioMedia() {
    }

    public static MediaCheck check() {
        return MediaCheck.NONE;
    }
}
