package dev.atelier.asset.model;

/**
 * One drawable piece of a model in world space: triangles over positions (xyz), optional normals
 * (xyz) and texture coordinates (uv, glTF convention: v down), and its material.
 */
public record MeshPart(float[] positions, float[] normals, float[] uvs, int[] indices, Material material) {
    /** Drops attributes whose length does not match the positions and triangles that index past them. */
    public MeshPart {
        int vc = positions.length / 3;
        if (normals != null && normals.length != vc * 3) {
            normals = null;
        }
        if (uvs != null && uvs.length != vc * 2) {
            uvs = null;
        }
        int bad = 0;
        for (int v : indices) {
            if (v < 0 || v >= vc) {
                bad++;
            }
        }
        if (bad > 0 || indices.length % 3 != 0) {
            int[] kept = new int[indices.length - indices.length % 3];
            int k = 0;
            for (int t = 0; t + 2 < indices.length; t += 3) {
                int a = indices[t];
                int b = indices[t + 1];
                int c = indices[t + 2];
                if (a >= 0 && a < vc && b >= 0 && b < vc && c >= 0 && c < vc) {
                    kept[k++] = a;
                    kept[k++] = b;
                    kept[k++] = c;
                }
            }
            indices = java.util.Arrays.copyOf(kept, k);
        }
    }

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
