package dev.atelier.asset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.Consumer;

/** Builds test glTF models (JSON and binary) from meshes added by the test. */
public final class GltfBuilder {
    static final ObjectMapper JSON = new ObjectMapper();
    final ObjectNode root = JSON.createObjectNode();
    final ByteArrayOutputStream bin = new ByteArrayOutputStream();

    public GltfBuilder() {
        root.putObject("asset").put("version", "2.0").put("generator", "Atelier tests");
        root.put("scene", 0);
        root.putArray("scenes").addObject().putArray("nodes");
        root.putArray("nodes");
        root.putArray("meshes");
        root.putArray("accessors");
        root.putArray("bufferViews");
        root.putArray("buffers");
    }

    ArrayNode arr(String name) {
        return root.has(name) ? (ArrayNode) root.get(name) : root.putArray(name);
    }

    /** Appends bytes (4-byte aligned) and returns the buffer view index. */
    public int view(byte[] data, Integer target) {
        while (bin.size() % 4 != 0) {
            bin.write(0);
        }
        ObjectNode v = arr("bufferViews").addObject();
        v.put("buffer", 0).put("byteOffset", bin.size()).put("byteLength", data.length);
        if (target != null) {
            v.put("target", target);
        }
        bin.writeBytes(data);
        return arr("bufferViews").size() - 1;
    }

    public int floats(float[] values, String type, boolean bounds) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : values) {
            b.putFloat(f);
        }
        int view = view(b.array(), 34962);
        int n = switch (type) {
            case "VEC2" -> 2;
            case "VEC3" -> 3;
            case "VEC4" -> 4;
            default -> 1;
        };
        ObjectNode a = arr("accessors").addObject();
        a.put("bufferView", view).put("componentType", 5126).put("count", values.length / n).put("type", type);
        if (bounds) {
            ArrayNode min = a.putArray("min");
            ArrayNode max = a.putArray("max");
            for (int c = 0; c < n; c++) {
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                for (int i = c; i < values.length; i += n) {
                    lo = Math.min(lo, values[i]);
                    hi = Math.max(hi, values[i]);
                }
                min.add(lo);
                max.add(hi);
            }
        }
        return arr("accessors").size() - 1;
    }

    public int indices(int[] values) {
        boolean small = values.length > 0 && java.util.Arrays.stream(values).max().getAsInt() < 65536;
        ByteBuffer b = ByteBuffer.allocate(values.length * (small ? 2 : 4)).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            if (small) {
                b.putShort((short) v);
            } else {
                b.putInt(v);
            }
        }
        int view = view(b.array(), 34963);
        arr("accessors").addObject().put("bufferView", view).put("componentType", small ? 5123 : 5125)
                .put("count", values.length).put("type", "SCALAR");
        return arr("accessors").size() - 1;
    }

    /** A mesh of one primitive; returns the mesh index. */
    public int mesh(float[] positions, float[] normals, float[] uvs, int[] idx, Integer material, Integer mode) {
        ObjectNode prim = JSON.createObjectNode();
        ObjectNode attrs = prim.putObject("attributes");
        attrs.put("POSITION", floats(positions, "VEC3", true));
        if (normals != null) {
            attrs.put("NORMAL", floats(normals, "VEC3", false));
        }
        if (uvs != null) {
            attrs.put("TEXCOORD_0", floats(uvs, "VEC2", false));
        }
        if (idx != null) {
            prim.put("indices", indices(idx));
        }
        if (material != null) {
            prim.put("material", material);
        }
        if (mode != null) {
            prim.put("mode", mode);
        }
        ObjectNode mesh = arr("meshes").addObject();
        mesh.putArray("primitives").add(prim);
        return arr("meshes").size() - 1;
    }

    public int node(int mesh, Consumer<ObjectNode> transform) {
        ObjectNode n = arr("nodes").addObject().put("mesh", mesh);
        if (transform != null) {
            transform.accept(n);
        }
        int index = arr("nodes").size() - 1;
        ((ArrayNode) root.get("scenes").get(0).get("nodes")).add(index);
        return index;
    }

    public int material(float[] color, Integer texture) {
        ObjectNode m = arr("materials").addObject();
        ObjectNode pbr = m.putObject("pbrMetallicRoughness");
        ArrayNode c = pbr.putArray("baseColorFactor");
        for (float f : color) {
            c.add(f);
        }
        if (texture != null) {
            pbr.putObject("baseColorTexture").put("index", texture);
        }
        return arr("materials").size() - 1;
    }

    /** An embedded PNG texture in the binary buffer; returns the texture index. */
    public int texture(byte[] png) {
        int view = view(png, null);
        arr("images").addObject().put("bufferView", view).put("mimeType", "image/png");
        arr("textures").addObject().put("source", arr("images").size() - 1);
        return arr("textures").size() - 1;
    }

    /** A unit cube (24 vertices, 12 triangles) with normals and UVs. */
    public int cube(Integer material) {
        float[][] faces = {{0, 0, 1}, {0, 0, -1}, {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}};
        float[] pos = new float[72];
        float[] nrm = new float[72];
        float[] uv = new float[48];
        int[] idx = new int[36];
        for (int f = 0; f < 6; f++) {
            float[] n = faces[f];
            float[] u = Math.abs(n[1]) > 0 ? new float[] {1, 0, 0} : new float[] {0, 1, 0};
            float[] v = {n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]};
            float[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
            for (int k = 0; k < 4; k++) {
                int vi = f * 4 + k;
                for (int c = 0; c < 3; c++) {
                    pos[vi * 3 + c] = 0.5f * (n[c] + corners[k][0] * v[c] + corners[k][1] * u[c]);
                    nrm[vi * 3 + c] = n[c];
                }
                uv[vi * 2] = (corners[k][0] + 1) / 2;
                uv[vi * 2 + 1] = (corners[k][1] + 1) / 2;
            }
            int[] q = {0, 1, 2, 0, 2, 3};
            for (int k = 0; k < 6; k++) {
                idx[f * 6 + k] = f * 4 + q[k];
            }
        }
        return mesh(pos, nrm, uv, idx, material, null);
    }

    /** A UV sphere of radius 0.5 at the origin with normals and texture coordinates. */
    public int sphere(int rings, int segments, Integer material) {
        int vc = (rings + 1) * (segments + 1);
        float[] pos = new float[vc * 3];
        float[] nrm = new float[vc * 3];
        float[] uv = new float[vc * 2];
        for (int r = 0, k = 0; r <= rings; r++) {
            double phi = Math.PI * r / rings;
            for (int s = 0; s <= segments; s++, k++) {
                double theta = 2 * Math.PI * s / segments;
                float x = (float) (Math.sin(phi) * Math.cos(theta));
                float y = (float) Math.cos(phi);
                float z = (float) (Math.sin(phi) * Math.sin(theta));
                pos[k * 3] = x * 0.5f;
                pos[k * 3 + 1] = y * 0.5f;
                pos[k * 3 + 2] = z * 0.5f;
                nrm[k * 3] = x;
                nrm[k * 3 + 1] = y;
                nrm[k * 3 + 2] = z;
                uv[k * 2] = s / (float) segments;
                uv[k * 2 + 1] = r / (float) rings;
            }
        }
        int[] idx = new int[rings * segments * 6];
        for (int r = 0, k = 0; r < rings; r++) {
            for (int s = 0; s < segments; s++) {
                int a = r * (segments + 1) + s;
                int b = a + segments + 1;
                idx[k++] = a;
                idx[k++] = a + 1;
                idx[k++] = b;
                idx[k++] = a + 1;
                idx[k++] = b + 1;
                idx[k++] = b;
            }
        }
        return mesh(pos, nrm, uv, idx, material, null);
    }

    /** A flat grid of {@code n}×{@code n} quads (2n² triangles). */
    public int grid(int n) {
        float[] pos = new float[(n + 1) * (n + 1) * 3];
        for (int y = 0, k = 0; y <= n; y++) {
            for (int x = 0; x <= n; x++) {
                pos[k++] = x / (float) n;
                pos[k++] = (float) Math.sin(x * 0.3) * 0.05f;
                pos[k++] = y / (float) n;
            }
        }
        int[] idx = new int[n * n * 6];
        for (int y = 0, k = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int a = y * (n + 1) + x;
                int b = a + n + 1;
                idx[k++] = a;
                idx[k++] = b;
                idx[k++] = a + 1;
                idx[k++] = a + 1;
                idx[k++] = b;
                idx[k++] = b + 1;
            }
        }
        return mesh(pos, null, null, idx, null, null);
    }

    /** Writes a GLB (JSON chunk + BIN chunk). */
    public Path writeGlb(Path file) throws IOException {
        byte[] data = bin.toByteArray();
        int binLen = (data.length + 3) & ~3;
        ObjectNode json = root.deepCopy();
        ((ArrayNode) json.get("buffers")).removeAll().addObject().put("byteLength", data.length);
        byte[] js = JSON.writeValueAsBytes(json);
        int jsLen = (js.length + 3) & ~3;
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + jsLen + 8 + binLen).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46546C67).putInt(2).putInt(b.capacity());
        b.putInt(jsLen).putInt(0x4E4F534A).put(js);
        for (int i = js.length; i < jsLen; i++) {
            b.put((byte) ' ');
        }
        b.putInt(binLen).putInt(0x004E4942).put(data);
        Files.write(file, b.array());
        return file;
    }

    /** Writes a .gltf with the buffer as a data URI, or as a .bin next to it when {@code externalBin} is given. */
    public Path writeGltf(Path file, String externalBin) throws IOException {
        byte[] data = bin.toByteArray();
        ObjectNode json = root.deepCopy();
        ObjectNode buf = ((ArrayNode) json.get("buffers")).removeAll().addObject().put("byteLength", data.length);
        if (externalBin != null) {
            Files.write(file.resolveSibling(externalBin), data);
            buf.put("uri", externalBin);
        } else {
            buf.put("uri", "data:application/octet-stream;base64," + Base64.getEncoder().encodeToString(data));
        }
        Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
