package dev.atelier.asset.model;

import java.util.List;

/**
 * What the inspector shows for a 3D model. Counts follow glTF-Validator's report: vertices are the
 * POSITION counts summed over mesh primitives, triangles come from index (or vertex) counts by
 * primitive mode, and one primitive is one draw call.
 */
public record ModelStats(int meshes, int primitives, long vertices, long triangles, int drawCalls, int materials,
                         List<TextureInfo> textures, int animations, int nodes, double[] bboxMin, double[] bboxMax,
                         List<String> extensionsUsed, List<String> extensionsRequired, List<String> missingDecoders) {
    /** One texture's image: its pixel size (0 when unknown), encoded bytes and MIME type. */
    public record TextureInfo(int index, String name, int width, int height, long bytes, String mimeType) {
    }

    public boolean renderable() {
        return missingDecoders.isEmpty();
    }

    public int maxTextureSide() {
        return textures.stream().mapToInt(t -> Math.max(t.width(), t.height())).max().orElse(0);
    }
}
