package dev.atelier.asset.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A generated GLB (a grid of {@code n}×{@code n} quads with normals and uint32 indices) that
 * {@link dev.atelier.asset.AssetInspector#warmUp()} loads a few times, so the JIT has compiled the
 * reading, validation and mesh loops before the user's first large model arrives.
 */
final class WarmUpModel {
    private WarmUpModel() {
    }

    static byte[] glb(int n) {
        int vc = (n + 1) * (n + 1);
        int ic = n * n * 6;
        ByteBuffer bin = ByteBuffer.allocate(vc * 24 + ic * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y <= n; y++) {
            for (int x = 0; x <= n; x++) {
                bin.putFloat(x / (float) n).putFloat(0).putFloat(y / (float) n);
            }
        }
        for (int i = 0; i < vc; i++) {
            bin.putFloat(0).putFloat(1).putFloat(0);
        }
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int a = y * (n + 1) + x;
                int b = a + n + 1;
                bin.putInt(a).putInt(b).putInt(a + 1).putInt(a + 1).putInt(b).putInt(b + 1);
            }
        }
        String json = "{\"asset\":{\"version\":\"2.0\"},\"scene\":0,\"scenes\":[{\"nodes\":[0]}],\"nodes\":[{\"mesh\":0}],"
                + "\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":0,\"NORMAL\":1},\"indices\":2}]}],"
                + "\"buffers\":[{\"byteLength\":" + bin.capacity() + "}],"
                + "\"bufferViews\":[{\"buffer\":0,\"byteLength\":" + vc * 12 + "},{\"buffer\":0,\"byteOffset\":" + vc * 12
                + ",\"byteLength\":" + vc * 12 + "},{\"buffer\":0,\"byteOffset\":" + vc * 24 + ",\"byteLength\":" + ic * 4 + "}],"
                + "\"accessors\":[{\"bufferView\":0,\"componentType\":5126,\"count\":" + vc + ",\"type\":\"VEC3\",\"min\":[0,0,0],\"max\":[1,0,1]},"
                + "{\"bufferView\":1,\"componentType\":5126,\"count\":" + vc + ",\"type\":\"VEC3\"},"
                + "{\"bufferView\":2,\"componentType\":5125,\"count\":" + ic + ",\"type\":\"SCALAR\"}]}";
        byte[] js = json.getBytes(StandardCharsets.UTF_8);
        int jsLen = (js.length + 3) & ~3;
        ByteBuffer glb = ByteBuffer.allocate(12 + 8 + jsLen + 8 + bin.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        glb.putInt(GltfReader.GLB_MAGIC).putInt(2).putInt(glb.capacity());
        glb.putInt(jsLen).putInt(GltfReader.CHUNK_JSON).put(js);
        for (int i = js.length; i < jsLen; i++) {
            glb.put((byte) ' ');
        }
        glb.putInt(bin.capacity()).putInt(GltfReader.CHUNK_BIN).put(bin.array());
        return glb.array();
    }

    /** Loads the generated model {@code times} times. */
    static void exercise(GltfLoader loader, GltfReader reader, int times) {
        byte[] glb = glb(160);
        for (int i = 0; i < times; i++) {
            LoadedModel m = loader.load(reader.parse(Path.of("warm-up.glb"), glb));
            if (m.renderedTriangles() != 160L * 160 * 2) {
                throw new IllegalStateException("warm-up model did not load");
            }
        }
    }
}
