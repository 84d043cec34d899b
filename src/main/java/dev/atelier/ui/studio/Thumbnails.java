package dev.atelier.ui.studio;

import dev.atelier.studio.MediaRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Small pictures of item images for the table and the grid. Each is decoded by JavaFX's background
 * image loader (never on the FX thread), scaled while loading, and kept in a bounded cache. Only
 * local files are read: URIs (ipfs://, https://) are never fetched.
 */
final class Thumbnails {
    private static final int KEPT = 2_000;
    private final Map<String, Image> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    };

    /** The thumbnail of {@code ref} at {@code size} px, loading in the background; null when there is none. */
    Image get(String ref, int size) {
        MediaRef m = MediaRef.of(ref);
        if (m.kind() != MediaRef.Kind.FILE) {
            return null;
        }
        String key = size + "|" + ref;
        Image img = cache.get(key);
        if (img == null) {
            Path p;
            try {
                p = m.path();
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!Files.isRegularFile(p)) {
                return null;
            }
            img = new Image(p.toUri().toString(), size, size, true, true, true);
            cache.put(key, img);
        }
        return img;
    }
}
