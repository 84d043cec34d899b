package dev.atelier.asset.model;

import de.javagl.obj.FloatTuple;
import de.javagl.obj.Mtl;
import de.javagl.obj.MtlReader;
import de.javagl.obj.Obj;
import de.javagl.obj.ObjData;
import de.javagl.obj.ObjReader;
import de.javagl.obj.ObjSplitting;
import de.javagl.obj.ObjUtils;
import dev.atelier.asset.AssetLimits;
import dev.atelier.asset.Issue;
import dev.atelier.asset.image.ImageInfo;
import dev.atelier.asset.image.Images;
import dev.atelier.common.AtelierException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Wavefront OBJ models and their MTL materials with de.javagl:obj. Material libraries and
 * textures resolve only inside the model's folder, like glTF resources.
 */
public final class ObjLoader {
    /** OBJ is text parsed into objects per vertex: far more memory per byte than GLB, so a tighter cap. */
    static final long MAX_OBJ_BYTES = 256L << 20;

    private final AssetLimits limits;

    public ObjLoader(AssetLimits limits) {
        this.limits = limits;
    }

    public LoadedModel load(Path file) {
        List<Issue> issues = new ArrayList<>();
        Obj obj;
        try {
            long size = Files.size(file);
            if (size > Math.min(limits.maxFileBytes(), MAX_OBJ_BYTES)) {
                throw new AtelierException(file.getFileName() + " is over the " + (MAX_OBJ_BYTES >> 20)
                        + " MB limit for OBJ models. Convert it to GLB, which is compact and faster to read.");
            }
            obj = ObjReader.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof AtelierException ae) {
                throw ae;
            }
            throw new AtelierException(file.getFileName() + " is not a readable OBJ file (" + e.getClass().getSimpleName() + ").", e);
        }
        long elements = (long) obj.getNumVertices() * 3 + (long) obj.getNumFaces() * 3;
        if (elements > limits.maxAccessorElements()) {
            throw new AtelierException(file.getFileName() + " has too many vertices or faces to inspect safely.");
        }
        GltfReader safe = new GltfReader(limits);
        Map<String, Mtl> materials = new LinkedHashMap<>();
        for (String lib : obj.getMtlFileNames()) {
            byte[] data = safe.resolve(file, lib, "mtllib " + lib, issues, new ArrayList<>(), lib);
            if (data == null) {
                continue;
            }
            try {
                for (Mtl m : MtlReader.read(new ByteArrayInputStream(data))) {
                    materials.put(m.getName(), m);
                }
            } catch (IOException | RuntimeException e) {
                issues.add(Issue.error("MTL_UNREADABLE", "The material library '" + lib + "' cannot be read.", null));
            }
        }
        long triangles = 0;
        for (int f = 0; f < obj.getNumFaces(); f++) {
            triangles += Math.max(0, obj.getFace(f).getNumVertices() - 2);
        }
        List<MeshPart> parts = new ArrayList<>();
        List<ModelStats.TextureInfo> textures = new ArrayList<>();
        Map<String, byte[]> textureData = new LinkedHashMap<>();
        Map<String, Obj> groups;
        try {
            groups = obj.getNumMaterialGroups() > 0 ? ObjSplitting.splitByMaterialGroups(obj) : Map.of("", obj);
            for (Map.Entry<String, Obj> g : groups.entrySet()) {
                Mtl mtl = materials.get(g.getKey());
                MeshPart part = part(ObjUtils.convertToRenderable(g.getValue()), material(file, mtl, safe, issues, textureData));
                if (part != null) {
                    parts.add(part);
                }
            }
        } catch (RuntimeException e) {
            issues.add(Issue.error("OBJ_INVALID_FACE", "Faces refer to vertices that do not exist; the model cannot be drawn.", null));
            parts.clear();
            groups = Map.of();
        }
        int t = 0;
        for (Map.Entry<String, byte[]> tex : textureData.entrySet()) {
            int w = 0;
            int h = 0;
            String mime = "";
            try {
                ImageInfo info = Images.probe(tex.getValue(), limits);
                w = info.width();
                h = info.height();
                mime = "image/" + info.format();
            } catch (AtelierException e) {
                issues.add(Issue.warning("TEXTURE_UNREADABLE", "The texture '" + tex.getKey() + "' cannot be read.", null));
            }
            textures.add(new ModelStats.TextureInfo(t++, tex.getKey(), w, h, tex.getValue().length, mime));
        }
        float[] min = null;
        float[] max = null;
        if (obj.getNumVertices() > 0) {
            min = new float[] {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
            max = new float[] {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            for (int v = 0; v < obj.getNumVertices(); v++) {
                FloatTuple p = obj.getVertex(v);
                float[] xyz = new float[3];
                for (int c = 0; c < Math.min(3, p.getDimensions()); c++) {
                    xyz[c] = p.get(c);
                }
                for (int c = 0; c < 3; c++) {
                    min[c] = Math.min(min[c], xyz[c]);
                    max[c] = Math.max(max[c], xyz[c]);
                }
            }
        }
        int primitives = Math.max(1, groups.size());
        ModelStats stats = new ModelStats(1, primitives, obj.getNumVertices(), triangles, primitives, materials.size(), textures,
                0, 0, min == null ? null : new double[] {min[0], min[1], min[2]},
                max == null ? null : new double[] {max[0], max[1], max[2]}, List.of(), List.of(), List.of());
        return new LoadedModel(stats, issues, parts, min, max);
    }

    private static MeshPart part(Obj r, MeshPart.Material material) {
        if (r.getNumFaces() == 0) {
            return null;
        }
        float[] positions = ObjData.getVerticesArray(r);
        int[] indices = ObjData.getFaceVertexIndicesArray(r, 3);
        float[] normals = r.getNumNormals() == r.getNumVertices() ? ObjData.getNormalsArray(r) : null;
        float[] uvs = r.getNumTexCoords() == r.getNumVertices() ? ObjData.getTexCoordsArray(r, 2, true) : null;
        return new MeshPart(positions, normals, uvs, indices, material);
    }

    private static MeshPart.Material material(Path file, Mtl mtl, GltfReader safe, List<Issue> issues, Map<String, byte[]> textures) {
        if (mtl == null) {
            return MeshPart.Material.DEFAULT;
        }
        FloatTuple kd = mtl.getKd();
        float alpha = mtl.getD() == null ? 1f : mtl.getD();
        float[] color = kd == null ? new float[] {0.8f, 0.8f, 0.8f, alpha} : new float[] {kd.getX(), kd.getY(), kd.getZ(), alpha};
        byte[] image = null;
        String map = mtl.getMapKd();
        if (map != null && !map.isBlank()) {
            image = textures.computeIfAbsent(map, m -> safe.resolve(file, m, "map_Kd " + m, issues, new ArrayList<>(), m));
            if (image == null) {
                textures.remove(map);
            }
        }
        return new MeshPart.Material(mtl.getName(), color, image, false);
    }
}
