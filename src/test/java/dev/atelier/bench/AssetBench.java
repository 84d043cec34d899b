package dev.atelier.bench;

import dev.atelier.asset.AssetLimits;
import dev.atelier.asset.model.GltfLoader;
import dev.atelier.asset.model.LoadedModel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmarks run by scripts/bench-assets.sh (never by the test suite). {@code parse FILE}: warm
 * GLB read into mesh arrays (with validation), median of 30 runs after 15 warm-up runs.
 */
public final class AssetBench {
    private AssetBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "parse" -> parse(Path.of(args[1]));
            case "open" -> OpenModelBench.run(Path.of(args[1]));
            case "thumbs" -> ThumbnailsBench.run(Path.of(args[1]));
            default -> throw new IllegalArgumentException("parse|open|thumbs FILE");
        }
    }

    static void parse(Path file) {
        GltfLoader loader = new GltfLoader(AssetLimits.DEFAULT);
        long first = System.nanoTime();
        LoadedModel m = loader.load(file);
        double firstMs = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < 15; i++) {
            m = loader.load(file);
        }
        double[] t = new double[30];
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            m = loader.load(file);
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        System.out.printf("atelier-parse-ms median=%.1f min=%.1f first=%.1f triangles=%d issues=%d%n", t[t.length / 2], t[0], firstMs,
                m.renderedTriangles(), m.issues().size());
    }
}
