package dev.atelier.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.atelier.asset.image.Images;
import dev.atelier.asset.render.PosterRenderer;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded, bounded fuzzing of every loader: thousands of mutated models and images must either load
 * or be refused with an {@link AtelierException} — never another exception, a hang or an
 * out-of-memory.
 */
class LoaderFuzzTest {
    static final int CASES_PER_SEED_FILE = 400;

    @TempDir
    Path dir;

    @Test
    void mutatedFilesAreLoadedOrRefusedCleanly() throws Exception {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        GltfBuilder b = new GltfBuilder();
        int tex = b.texture(ImagesTest.png(16, 16));
        b.node(b.cube(b.material(new float[] {1, 1, 1, 1}, tex)), n -> n.putArray("scale").add(2).add(1).add(1));
        seeds.put("glb", Files.readAllBytes(b.writeGlb(dir.resolve("seed.glb"))));
        GltfBuilder g = new GltfBuilder();
        g.node(g.grid(3), null);
        seeds.put("gltf", Files.readAllBytes(g.writeGltf(dir.resolve("seed.gltf"), null)));
        BufferedImage img = ImagesTest.checker(24, 16);
        seeds.put("png", ImagesTest.encode(img, "png"));
        seeds.put("gif", ImagesTest.encode(img, "gif"));
        seeds.put("jpg", ImagesTest.encode(img, "jpeg"));
        seeds.put("bmp", ImagesTest.encode(img, "bmp"));
        seeds.put("svg", """
            <svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">
            <defs><linearGradient id="g"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient></defs>
            <rect width="40" height="20" fill="url(#g)"/><circle cx="10" cy="10" r="5"/><path d="M0 0 L40 20 Z" stroke="black"/></svg>
            """.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("m.mtl"), "newmtl red\nKd 1 0 0\n");
        seeds.put("obj", """
            mtllib m.mtl
            v 0 0 0
            v 1 0 0
            v 1 1 0
            v 0 1 0
            vt 0 0
            vt 1 0
            vt 1 1
            vn 0 0 1
            usemtl red
            f 1/1/1 2/2/1 3/3/1
            f 1 3 4
            """.getBytes(StandardCharsets.UTF_8));

        AssetInspector inspector = new AssetInspector();
        PosterRenderer renderer = new PosterRenderer(inspector.limits());
        int loaded = 0;
        int refused = 0;
        long seed = 20261128L;
        for (Map.Entry<String, byte[]> s : seeds.entrySet()) {
            Random rnd = new Random(seed++);
            for (int i = 0; i < CASES_PER_SEED_FILE; i++) {
                byte[] data = mutate(s.getValue(), rnd);
                Path f = Files.write(dir.resolve("fuzz." + s.getKey()), data);
                String what = s.getKey() + " case " + i;
                boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    try {
                        OpenedAsset opened = inspector.open(f, null);
                        if (opened.model() != null && opened.model().hasGeometry()) {
                            renderer.render(opened.model(), 32, false, ProgressSink.NONE);
                        }
                        if (opened.report().kind() == AssetKind.IMAGE && !opened.report().hasErrors()) {
                            Images.decode(data, 64, inspector.limits());
                        }
                        return true;
                    } catch (AtelierException expected) {
                        assertThat(expected.userMessage()).as(what).isNotBlank();
                        return false;
                    }
                }, what);
                if (ok) {
                    loaded++;
                } else {
                    refused++;
                }
            }
        }
        assertThat(loaded + refused).isEqualTo(seeds.size() * CASES_PER_SEED_FILE);
        assertThat(loaded).as("some mutations stay loadable").isGreaterThan(100);
        assertThat(refused).as("some mutations are refused").isGreaterThan(100);
    }

    /** One to four random edits: flipped bytes, extreme 32-bit values, truncation, inserted junk, digit swaps. */
    static byte[] mutate(byte[] in, Random rnd) {
        byte[] b = in.clone();
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> {
                    int[] extremes = {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x10000, 65535};
                    int v = extremes[rnd.nextInt(extremes.length)];
                    for (int k = 0; k < 4 && at + k < b.length; k++) {
                        b[at + k] = (byte) (v >>> (8 * k));
                    }
                }
                case 2 -> b = java.util.Arrays.copyOf(b, at);
                case 3 -> {
                    byte[] junk = new byte[1 + rnd.nextInt(16)];
                    rnd.nextBytes(junk);
                    byte[] out = new byte[b.length + junk.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(junk, 0, out, at, junk.length);
                    System.arraycopy(b, at, out, at + junk.length, b.length - at);
                    b = out;
                }
                case 4 -> { // text formats: make a number huge or negative
                    for (int k = at; k < b.length; k++) {
                        if (b[k] >= '0' && b[k] <= '9') {
                            b[k] = (byte) (rnd.nextBoolean() ? '9' : '-');
                            break;
                        }
                    }
                }
                default -> b[at] = (byte) rnd.nextInt(256);
            }
        }
        return b;
    }
}
