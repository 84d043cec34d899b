package dev.atelier.studio;

import java.nio.file.Path;
import java.util.List;

/**
 * File-based checks of an item's local media (type, size, pixel dimensions, 3D budgets). The
 * Studio's own check looks at existence, size and extension; the Assets capability plugs in a
 * deeper inspection of the file's content.
 */
@FunctionalInterface
public interface MediaCheck {
    /**
     * @param field   {@code image} or {@code animation_url}, used in the issues' field
     * @param file    an existing regular file
     * @param profile the collection's marketplace profile
     */
    List<Issue> check(String field, Path file, MarketplaceProfile profile);

    MediaCheck NONE = (field, file, profile) -> List.of();
}
