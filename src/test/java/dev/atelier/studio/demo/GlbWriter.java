package dev.atelier.studio.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small flat-shaded glTF 2.0 binary (GLB) files for the demo kit (glTF 2.0 spec, "GLB File
 * Format Specification"): one mesh, one primitive per material, POSITION + NORMAL + unsigned-short indices.
 */
final class GlbWriter {
    /** Triangles of one material. */
    static final class Part {
        final float[] color;
        final float metallic;
        final float roughness;
        final List<float[]> triangles = new ArrayList<>(); // 9 floats each

        Part(float r, float g, float b, float metallic, float roughness) {
            this.color = new float[] {r, g, b, 1f};
            this.metallic = metallic;
            this.roughness = roughness;
        }

        void tri(float[] a, float[] b, float[] c) {
            triangles.add(new float[] {a[0], a[1], a[2], b[0], b[1], b[2], c[0], c[1], c[2]});
        }

        void quad(float[] a, float[] b, float[] c, float[] d) {
            tri(a, b, c);
            tri(a, c, d);
        }

        /** An axis-aligned box, faces wound counter-clockwise seen from outside. */
        void box(float x0, float y0, float z0, float x1, float y1, float z1) {
            float[][] p = {{x0, y0, z0}, {x1, y0, z0}, {x1, y1, z0}, {x0, y1, z0}, {x0, y0, z1}, {x1, y0, z1}, {x1, y1, z1}, {x0, y1, z1}};
            quad(p[4], p[5], p[6], p[7]); // +z
            quad(p[1], p[0], p[3], p[2]); // -z
            quad(p[5], p[1], p[2], p[6]); // +x
            quad(p[0], p[4], p[7], p[3]); // -x
            quad(p[7], p[6], p[2], p[3]); // +y
            quad(p[0], p[1], p[5], p[4]); // -y
        }

        /** A closed prism around the y axis between two rings (radius r0 at y0, r1 at y1). */
        void ring(int segments, float y0, float r0, float y1, float r1, boolean capBottom, boolean capTop) {
            for (int i = 0; i < segments; i++) {
                double a0 = 2 * Math.PI * i / segments;
                double a1 = 2 * Math.PI * (i + 1) / segments;
                float[] b0 = {(float) (r0 * Math.cos(a0)), y0, (float) (r0 * Math.sin(a0))};
                float[] b1 = {(float) (r0 * Math.cos(a1)), y0, (float) (r0 * Math.sin(a1))};
                float[] t0 = {(float) (r1 * Math.cos(a0)), y1, (float) (r1 * Math.sin(a0))};
                float[] t1 = {(float) (r1 * Math.cos(a1)), y1, (float) (r1 * Math.sin(a1))};
                quad(b0, t0, t1, b1);
                if (capBottom) {
                    tri(new float[] {0, y0, 0}, b0, b1);
                }
                if (capTop) {
                    tri(new float[] {0, y1, 0}, t1, t0);
                }
            }
        }
    }

    private GlbWriter() {
    }

    static byte[] write(String name, List<Part> parts) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.putObject("asset").put("version", "2.0").put("generator", "Atelier demo kit (src/test/.../DemoKitGenerator)");
        root.put("scene", 0);
        root.putArray("scenes").addObject().putArray("nodes").add(0);
        root.putArray("nodes").addObject().put("mesh", 0).put("name", name);
        ArrayNode prims = root.putArray("meshes").addObject().put("name", name).putArray("primitives");
        ArrayNode materials = root.putArray("materials");
        ArrayNode views = root.putArray("bufferViews");
        ArrayNode accessors = root.putArray("accessors");
        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        for (Part p : parts) {
            int verts = p.triangles.size() * 3;
            ByteBuffer pos = ByteBuffer.allocate(verts * 12).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer nor = ByteBuffer.allocate(verts * 12).order(ByteOrder.LITTLE_ENDIAN);
            ByteBuffer idx = ByteBuffer.allocate(((verts * 2 + 3) / 4) * 4).order(ByteOrder.LITTLE_ENDIAN);
            float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
            float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            int v = 0;
            for (float[] t : p.triangles) {
                float[] n = normal(t);
                for (int k = 0; k < 3; k++) {
                    for (int c = 0; c < 3; c++) {
                        float x = t[k * 3 + c];
                        pos.putFloat(x);
                        nor.putFloat(n[c]);
                        min[c] = Math.min(min[c], x);
                        max[c] = Math.max(max[c], x);
                    }
                    idx.putShort((short) v++);
                }
            }
            int base = accessors.size();
            addView(views, bin.size(), pos.capacity(), 34962);
            bin.writeBytes(pos.array());
            addView(views, bin.size(), nor.capacity(), 34962);
            bin.writeBytes(nor.array());
            addView(views, bin.size(), verts * 2, 34963);
            bin.writeBytes(idx.array());
            ObjectNode a = accessors.addObject().put("bufferView", base).put("componentType", 5126).put("count", verts).put("type", "VEC3");
            ArrayNode mn = a.putArray("min");
            ArrayNode mx = a.putArray("max");
            for (int c = 0; c < 3; c++) {
                mn.add(min[c]);
                mx.add(max[c]);
            }
            accessors.addObject().put("bufferView", base + 1).put("componentType", 5126).put("count", verts).put("type", "VEC3");
            accessors.addObject().put("bufferView", base + 2).put("componentType", 5123).put("count", verts).put("type", "SCALAR");
            ObjectNode prim = prims.addObject();
            prim.putObject("attributes").put("POSITION", base).put("NORMAL", base + 1);
            prim.put("indices", base + 2).put("material", materials.size()).put("mode", 4);
            ObjectNode pbr = materials.addObject().putObject("pbrMetallicRoughness");
            ArrayNode col = pbr.putArray("baseColorFactor");
            for (float c : p.color) {
                col.add(c);
            }
            pbr.put("metallicFactor", p.metallic).put("roughnessFactor", p.roughness);
        }
        root.putArray("buffers").addObject().put("byteLength", bin.size());
        byte[] json = pad(root.toString().getBytes(StandardCharsets.UTF_8), (byte) ' ');
        byte[] data = pad(bin.toByteArray(), (byte) 0);
        ByteBuffer out = ByteBuffer.allocate(12 + 8 + json.length + 8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x46546C67).putInt(2).putInt(out.capacity());
        out.putInt(json.length).putInt(0x4E4F534A).put(json);
        out.putInt(data.length).putInt(0x004E4942).put(data);
        return out.array();
    }

    private static void addView(ArrayNode views, int offset, int length, int target) {
        views.addObject().put("buffer", 0).put("byteOffset", offset).put("byteLength", length).put("target", target);
    }

    private static float[] normal(float[] t) {
        float ux = t[3] - t[0], uy = t[4] - t[1], uz = t[5] - t[2];
        float vx = t[6] - t[0], vy = t[7] - t[1], vz = t[8] - t[2];
        float nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        float len = (float) Math.sqrt(nx * nx + ny * ny + nz * nz);
        return len == 0 ? new float[] {0, 1, 0} : new float[] {nx / len, ny / len, nz / len};
    }

    private static byte[] pad(byte[] b, byte fill) {
        int n = (b.length + 3) / 4 * 4;
        byte[] out = java.util.Arrays.copyOf(b, n);
        java.util.Arrays.fill(out, b.length, n, fill);
        return out;
    }
}
