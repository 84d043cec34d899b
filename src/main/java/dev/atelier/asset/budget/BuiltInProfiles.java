package dev.atelier.asset.budget;

import java.util.List;

/**
 * The limits marketplaces and worlds publish. Sources: OpenSea's create page (file types JPG, PNG,
 * GIF, SVG, MP4, WEBM, MP3, WAV, OGG, GLB, GLTF; max 100 MB); Decentraland's wearable guidelines
 * (each file ≤ 3 MB; a 256×256 PNG thumbnail); Ready Player Me's outfit guidelines (≤ 15,000
 * triangles, textures ≤ 2048 px, square and power of two, GLB ≤ 8 MB).
 */
public final class BuiltInProfiles {
    public static final BudgetProfile NONE = new BudgetProfile("None", "No budget: statistics and validation only.", true, List.of());

    public static final BudgetProfile OPENSEA = new BudgetProfile("OpenSea",
            "OpenSea item media: supported types, at most 100 MB.", true, List.of(
            BudgetLimit.types("jpeg", "png", "gif", "svg", "mp4", "webm", "mp3", "wav", "ogg", "glb", "gltf"),
            BudgetLimit.max(Metric.FILE_BYTES, 100L * 1024 * 1024)));

    public static final BudgetProfile DECENTRALAND_WEARABLE = new BudgetProfile("Decentraland wearable",
            "Decentraland wearables: each file at most 3 MB; thumbnails are 256×256 PNG.", true, List.of(
            BudgetLimit.max(Metric.FILE_BYTES, 3L * 1024 * 1024),
            BudgetLimit.max(Metric.IMAGE_EXACT_SIDE, 256)));

    public static final BudgetProfile READY_PLAYER_ME_OUTFIT = new BudgetProfile("Ready Player Me outfit",
            "Ready Player Me outfits: at most 15,000 triangles, textures at most 2048 px, square power of two, 8 MB.", true, List.of(
            BudgetLimit.max(Metric.TRIANGLES, 15_000),
            BudgetLimit.max(Metric.TEXTURE_MAX_SIDE, 2048),
            BudgetLimit.flag(Metric.TEXTURES_SQUARE_POW2),
            BudgetLimit.max(Metric.FILE_BYTES, 8L * 1024 * 1024)));

    public static final List<BudgetProfile> ALL = List.of(NONE, OPENSEA, DECENTRALAND_WEARABLE, READY_PLAYER_ME_OUTFIT);

    private BuiltInProfiles() {
    }
}
