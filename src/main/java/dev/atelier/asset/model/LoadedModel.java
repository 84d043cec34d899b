package dev.atelier.asset.model;

import dev.atelier.asset.Issue;
import java.util.List;

/**
 * A model read for inspection and display: statistics, validation issues, and its triangles in
 * world space (empty when the model needs a decoder Atelier lacks or has no usable triangles).
 */
public record LoadedModel(ModelStats stats, List<Issue> issues, List<MeshPart> parts, float[] min, float[] max) {
    public boolean hasGeometry() {
        return !parts.isEmpty();
    }

    public long renderedTriangles() {
        return parts.stream().mapToLong(MeshPart::triangleCount).sum();
    }
}
