package dev.atelier.asset.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.asset.AssetLimits;
import dev.atelier.asset.Issue;
import dev.atelier.asset.image.ImageInfo;
import dev.atelier.asset.image.Images;
import dev.atelier.common.AtelierException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a glTF/GLB model: validation issues, statistics, and the triangles of its default scene in
 * world space, ready for the 3D view and the poster renderer.
 */
public final class GltfLoader {
    /** Decoders Atelier does not have: a model that requires one is inspected but not drawn. */
    static final Map<String, String> MISSING_DECODERS = Map.of(
            "KHR_draco_mesh_compression", "Draco mesh compression (KHR_draco_mesh_compression)",
            "KHR_texture_basisu", "KTX2/Basis Universal textures (KHR_texture_basisu)",
            "EXT_meshopt_compression", "meshoptimizer compression (EXT_meshopt_compression)",
            "KHR_meshopt_compression", "meshoptimizer compression (KHR_meshopt_compression)");

    private final AssetLimits limits;

    public GltfLoader(AssetLimits limits) {
        this.limits = limits;
    }

    /** Runs the reader, validator and mesh loops on a generated 51k-triangle model (see {@link WarmUpModel}). */
    public static void warmUp(AssetLimits limits) {
        WarmUpModel.exercise(new GltfLoader(limits), new GltfReader(limits), 12);
    }

    public LoadedModel load(Path file) {
        return load(new GltfReader(limits).read(file));
    }

    public LoadedModel load(GltfAsset asset) {
        GltfValidator.Result validation = GltfValidator.validate(asset, limits);
        ModelStats stats = stats(asset, validation.accessors());
        List<MeshPart> parts = stats.renderable() ? geometry(asset, validation.accessors()) : List.of();
        float[] min = {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY};
        float[] max = {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (MeshPart p : parts) {
            float[] pos = p.positions();
            for (int i = 0; i < pos.length; i += 3) {
                for (int c = 0; c < 3; c++) {
                    min[c] = Math.min(min[c], pos[i + c]);
                    max[c] = Math.max(max[c], pos[i + c]);
                }
            }
        }
        if (parts.isEmpty() || min[0] > max[0]) {
            min = null;
            max = null;
        }
        ModelStats withBox = min == null ? stats : new ModelStats(stats.meshes(), stats.primitives(), stats.vertices(),
                stats.triangles(), stats.drawCalls(), stats.materials(), stats.textures(), stats.animations(), stats.nodes(),
                new double[] {min[0], min[1], min[2]}, new double[] {max[0], max[1], max[2]}, stats.extensionsUsed(),
                stats.extensionsRequired(), stats.missingDecoders());
        return new LoadedModel(withBox, validation.issues(), parts, min, max);
    }

    private ModelStats stats(GltfAsset asset, Accessor[] accessors) {
        JsonNode meshes = asset.array("meshes");
        int primitives = 0;
        long vertices = 0;
        long triangles = 0;
        for (JsonNode mesh : meshes) {
            for (JsonNode prim : mesh.path("primitives")) {
                primitives++;
                int pos = prim.path("attributes").path("POSITION").asInt(-1);
                int vcount = pos >= 0 && pos < accessors.length ? Math.max(accessors[pos].count, 0) : 0;
                vertices += vcount;
                int idx = prim.path("indices").asInt(-1);
                long n = prim.has("indices") ? (idx >= 0 && idx < accessors.length ? Math.max(accessors[idx].count, 0) : 0) : vcount;
                int mode = prim.path("mode").asInt(4);
                triangles += mode == 4 ? n / 3 : (mode == 5 || mode == 6) ? Math.max(0, n - 2) : 0;
            }
        }
        List<String> used = strings(asset.json().path("extensionsUsed"));
        List<String> required = strings(asset.json().path("extensionsRequired"));
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            if (MISSING_DECODERS.containsKey(r)) {
                missing.add(MISSING_DECODERS.get(r));
            }
        }
        return new ModelStats(meshes.size(), primitives, vertices, triangles, primitives, asset.count("materials"),
                textures(asset), asset.count("animations"), asset.count("nodes"), null, null, used, required, missing);
    }

    private List<ModelStats.TextureInfo> textures(GltfAsset asset) {
        List<ModelStats.TextureInfo> out = new ArrayList<>();
        JsonNode textures = asset.array("textures");
        for (int t = 0; t < textures.size(); t++) {
            JsonNode tex = textures.get(t);
            int source = tex.path("source").asInt(-1);
            JsonNode ext = tex.path("extensions");
            for (Iterator<JsonNode> it = ext.elements(); source < 0 && it.hasNext(); ) {
                source = it.next().path("source").asInt(-1);
            }
            byte[] data = source >= 0 ? imageBytes(asset, source) : null;
            String name = source >= 0 ? asset.array("images").path(source).path("name").asText(asset.array("images").path(source).path("uri").asText("")) : "";
            String mime = source >= 0 ? asset.array("images").path(source).path("mimeType").asText("") : "";
            int w = 0;
            int h = 0;
            if (data != null) {
                try {
                    ImageInfo info = Images.probe(data, limits);
                    w = info.width();
                    h = info.height();
                    if (mime.isEmpty()) {
                        mime = "image/" + info.format();
                    }
                } catch (AtelierException e) {
                    // unknown size (e.g. KTX2): reported as 0×0
                }
            }
            out.add(new ModelStats.TextureInfo(t, name, w, h, data == null ? 0 : data.length, mime));
        }
        return out;
    }

    /** The encoded bytes of image {@code i} (from a buffer view or a safe URI), or null. */
    byte[] imageBytes(GltfAsset asset, int i) {
        JsonNode img = asset.array("images").path(i);
        if (img.has("bufferView")) {
            JsonNode view = asset.array("bufferViews").path(img.path("bufferView").asInt(-1));
            int buffer = view.path("buffer").asInt(-1);
            if (buffer < 0 || buffer >= asset.buffers().length || asset.buffers()[buffer] == null) {
                return null;
            }
            long off = view.path("byteOffset").asLong(0);
            long len = view.path("byteLength").asLong(0);
            byte[] b = asset.buffers()[buffer];
            if (off < 0 || len < 0 || off + len > b.length) {
                return null;
            }
            return java.util.Arrays.copyOfRange(b, (int) off, (int) (off + len));
        }
        if (img.has("uri")) {
            return new GltfReader(limits).resolve(asset.file(), img.get("uri").asText(), "/images/" + i + "/uri",
                    new ArrayList<>(), new ArrayList<>(), "/images/" + i);
        }
        return null;
    }

    private List<MeshPart> geometry(GltfAsset asset, Accessor[] accessors) {
        JsonNode root = asset.json();
        List<Integer> roots = new ArrayList<>();
        int scene = root.path("scene").asInt(0);
        JsonNode scenes = asset.array("scenes");
        if (scenes.size() > 0 && scene >= 0 && scene < scenes.size()) {
            scenes.get(scene).path("nodes").forEach(n -> roots.add(n.asInt(-1)));
        } else {
            // No scene: draw every node that is nobody's child.
            boolean[] child = new boolean[asset.count("nodes")];
            asset.array("nodes").forEach(n -> n.path("children").forEach(c -> {
                int k = c.asInt(-1);
                if (k >= 0 && k < child.length) {
                    child[k] = true;
                }
            }));
            for (int i = 0; i < child.length; i++) {
                if (!child[i]) {
                    roots.add(i);
                }
            }
        }
        List<MeshPart> parts = new ArrayList<>();
        Map<Integer, MeshPart.Material> materials = new LinkedHashMap<>();
        boolean[] visiting = new boolean[asset.count("nodes")];
        for (int r : roots) {
            node(asset, accessors, r, Transform.IDENTITY, parts, materials, visiting, 0);
        }
        return parts;
    }

    private void node(GltfAsset asset, Accessor[] accessors, int index, double[] parent, List<MeshPart> parts,
                      Map<Integer, MeshPart.Material> materials, boolean[] visiting, int depth) {
        if (index < 0 || index >= visiting.length || visiting[index] || depth > 128) {
            return; // invalid or cyclic hierarchy: skip rather than loop
        }
        visiting[index] = true;
        JsonNode node = asset.array("nodes").get(index);
        double[] world = Transform.multiply(parent, Transform.local(node));
        int mesh = node.path("mesh").asInt(-1);
        if (mesh >= 0 && mesh < asset.count("meshes")) {
            for (JsonNode prim : asset.array("meshes").get(mesh).path("primitives")) {
                MeshPart part = primitive(asset, accessors, prim, world, materials);
                if (part != null) {
                    parts.add(part);
                }
            }
        }
        for (JsonNode c : node.path("children")) {
            node(asset, accessors, c.asInt(-1), world, parts, materials, visiting, depth + 1);
        }
        visiting[index] = false;
    }

    private MeshPart primitive(GltfAsset asset, Accessor[] accessors, JsonNode prim, double[] world,
                               Map<Integer, MeshPart.Material> materials) {
        int mode = prim.path("mode").asInt(4);
        Accessor pos = accessor(accessors, prim.path("attributes").path("POSITION"), 3);
        if (pos == null || (mode != 4 && mode != 5 && mode != 6)) {
            return null;
        }
        int vertexCount = pos.count;
        int[] raw;
        if (prim.has("indices")) {
            Accessor idx = accessor(accessors, prim.get("indices"), 1);
            if (idx == null) {
                return null;
            }
            raw = idx.ints(); // out-of-range indices (reported by the validator) are dropped by MeshPart
        } else {
            raw = new int[vertexCount];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = i;
            }
        }
        int[] tris = triangles(raw, mode);
        Accessor nrm = accessor(accessors, prim.path("attributes").path("NORMAL"), 3);
        Accessor uv = accessor(accessors, prim.path("attributes").path("TEXCOORD_0"), 2);
        boolean identity = Transform.isIdentity(world);
        float[] p = identity ? pos.floats() : Transform.points(pos.floats(), world);
        float[] n = nrm == null || nrm.count != vertexCount ? null : identity ? nrm.floats() : Transform.directions(nrm.floats(), world);
        float[] t = uv == null || uv.count != vertexCount ? null : uv.floats();
        int m = prim.path("material").asInt(-1);
        MeshPart.Material mat = m < 0 || m >= asset.count("materials") ? MeshPart.Material.DEFAULT
                : materials.computeIfAbsent(m, k -> material(asset, k));
        return new MeshPart(p, n, t, tris, mat);
    }

    private static Accessor accessor(Accessor[] accessors, JsonNode ref, int components) {
        int i = ref.asInt(-1);
        if (!ref.isIntegralNumber() || i < 0 || i >= accessors.length) {
            return null;
        }
        Accessor a = accessors[i];
        return a.buffer != null && a.fits() && a.components == components ? a : null;
    }

    static int[] triangles(int[] idx, int mode) {
        if (mode == 4) {
            return idx.length % 3 == 0 ? idx : java.util.Arrays.copyOf(idx, idx.length - idx.length % 3);
        }
        int n = Math.max(0, idx.length - 2);
        int[] out = new int[n * 3];
        for (int i = 0; i < n; i++) {
            if (mode == 5) { // strip: alternate winding
                boolean even = (i & 1) == 0;
                out[i * 3] = idx[i];
                out[i * 3 + 1] = even ? idx[i + 1] : idx[i + 2];
                out[i * 3 + 2] = even ? idx[i + 2] : idx[i + 1];
            } else { // fan
                out[i * 3] = idx[0];
                out[i * 3 + 1] = idx[i + 1];
                out[i * 3 + 2] = idx[i + 2];
            }
        }
        return out;
    }

    private MeshPart.Material material(GltfAsset asset, int index) {
        JsonNode m = asset.array("materials").get(index);
        JsonNode pbr = m.path("pbrMetallicRoughness");
        float[] color = {1, 1, 1, 1};
        JsonNode f = pbr.path("baseColorFactor");
        if (f.isArray() && f.size() == 4) {
            for (int i = 0; i < 4; i++) {
                color[i] = (float) f.get(i).asDouble(1);
            }
        }
        byte[] image = null;
        JsonNode tex = pbr.path("baseColorTexture");
        if (tex.has("index")) {
            JsonNode texture = asset.array("textures").path(tex.get("index").asInt(-1));
            int source = texture.path("source").asInt(-1);
            if (source < 0) {
                source = texture.path("extensions").path("EXT_texture_webp").path("source").asInt(-1);
            }
            if (source >= 0) {
                image = imageBytes(asset, source);
            }
        }
        return new MeshPart.Material(m.path("name").asText("material " + index), color, image, m.path("doubleSided").asBoolean(false));
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

}
