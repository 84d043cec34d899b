package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import java.util.List;
import java.util.Set;

/**
 * What a marketplace reads and accepts, used to validate items before packaging. The OpenSea
 * profile follows OpenSea's documented metadata standard (name, description, image, animation_url,
 * external_url, background_color, attributes with display_type and max_value; animation_url
 * types GLTF, GLB, WEBM, MP4, M4V, OGV, OGG, MP3, WAV, OGA; files up to 100 MB).
 *
 * @param descriptionRequired an empty description is an error (otherwise a warning)
 * @param httpsAllowed        {@code https://} media URIs are fine (otherwise only ipfs:// and ar://)
 * @param maxFileBytes        largest media file accepted
 * @param assetBudget         the Assets capability's budget profile applied to item files
 */
public record MarketplaceProfile(String id, String label, String summary, boolean descriptionRequired,
                                 boolean httpsAllowed, long maxFileBytes, Set<String> imageTypes,
                                 Set<String> animationTypes, String assetBudget) {
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
    private static final Set<String> ANIMATIONS = Set.of("glb", "gltf", "webm", "mp4", "m4v", "ogv", "ogg", "mp3", "wav",
            "oga", "html");

    public static final MarketplaceProfile OPENSEA = new MarketplaceProfile("opensea", "OpenSea",
            "OpenSea's metadata standard: images and media up to 100 MB, 3D as GLB/glTF.",
            false, true, 100L * 1024 * 1024, IMAGES, ANIMATIONS, "opensea");
    public static final MarketplaceProfile GENERIC = new MarketplaceProfile("generic", "ERC-721 / ERC-1155 metadata",
            "The EIP metadata schemas only: any marketplace that reads standard token metadata.",
            false, true, 1024L * 1024 * 1024, IMAGES, ANIMATIONS, "opensea");
    public static final MarketplaceProfile PERMANENT = new MarketplaceProfile("permanent", "Permanent storage",
            "Only content-addressed media (ipfs://, ar://) and a description on every item: nothing can change after mint.",
            true, false, 100L * 1024 * 1024, IMAGES, ANIMATIONS, "opensea");

    public static final List<MarketplaceProfile> ALL = List.of(OPENSEA, GENERIC, PERMANENT);

    public static MarketplaceProfile byId(String id) {
        for (MarketplaceProfile p : ALL) {
            if (p.id.equalsIgnoreCase(id == null ? "" : id.strip())) {
                return p;
            }
        }
        throw new AtelierException("Unknown marketplace profile '" + id + "'. Use one of: opensea, generic, permanent.");
    }

    @Override
    public String toString() {
        return label;
    }
}
