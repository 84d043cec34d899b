package dev.atelier.asset.model;

/**
 * One drawable piece of a model in world space: triangles over positions (xyz), optional normals
 * (xyz) and texture coordinates (uv, glTF convention: v down), and its material.
 */
public record MeshPart(float[] positions, float[] normals, float[] uvs, int[] indices, Material material) {
    /** The base colour (linear RGBA factor) and the encoded base-colour image, if any. */
    public record Material(String name, float[] baseColor, byte[] baseColorImage, boolean doubleSided) {
        public static final Material DEFAULT = new Material("default", new float[] {0.8f, 0.8f, 0.8f, 1f}, null, false);
    }

    public int triangleCount() {
        return indices.length / 3;
    }

    public int vertexCount() {
        return positions.length / 3;
    }
}
