package dev.atelier.asset.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.asset.AssetLimits;
import dev.atelier.asset.Issue;
import dev.atelier.common.AtelierException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a glTF 2.0 asset for the errors Khronos glTF-Validator reports most often, with the
 * validator's issue codes, messages and JSON pointers: missing required properties, unresolved
 * references, buffer views past their buffer, accessors past their buffer view or misaligned,
 * accessor min/max that disagree with the data, index values beyond the vertex count, invalid
 * attribute/index formats, and extensions it cannot validate. Binds each accessor to its bytes.
 */
public final class GltfValidator {
    /** Extensions glTF-Validator 2.0.0-dev.3.10 validates; others get UNSUPPORTED_EXTENSION (a warning). */
    static final Set<String> VALIDATOR_KNOWN = Set.of("KHR_animation_pointer", "KHR_lights_punctual", "KHR_materials_anisotropy",
            "KHR_materials_clearcoat", "KHR_materials_dispersion", "KHR_materials_emissive_strength", "KHR_materials_ior",
            "KHR_materials_iridescence", "KHR_materials_sheen", "KHR_materials_specular", "KHR_materials_transmission",
            "KHR_materials_unlit", "KHR_materials_variants", "KHR_materials_volume", "KHR_mesh_quantization",
            "KHR_texture_basisu", "KHR_texture_transform", "EXT_texture_webp");
    private static final int MAX_OOB_PER_ACCESSOR = 20;

    private final GltfAsset asset;
    private final AssetLimits limits;
    private final List<Issue> issues = new ArrayList<>();
    private Accessor[] accessors;

    private GltfValidator(GltfAsset asset, AssetLimits limits) {
        this.asset = asset;
        this.limits = limits;
    }

    /** The asset's issues (reading problems first) and its accessors bound to their data. */
    public record Result(List<Issue> issues, Accessor[] accessors) {
        public boolean hasErrors() {
            return issues.stream().anyMatch(i -> i.severity() == Issue.Severity.ERROR);
        }
    }

    public static Result validate(GltfAsset asset, AssetLimits limits) {
        GltfValidator v = new GltfValidator(asset, limits);
        v.issues.addAll(asset.issues());
        v.run();
        return new Result(List.copyOf(v.issues), v.accessors);
    }

    private void run() {
        JsonNode root = asset.json();
        JsonNode a = root.get("asset");
        if (a == null) {
            undefined("asset", "");
        } else if (!a.has("version")) {
            undefined("version", "/asset");
        } else {
            String version = a.get("version").asText("");
            if (!version.matches("\\d+\\.\\d+")) {
                issues.add(Issue.error("PATTERN_MISMATCH", "Value '" + version + "' does not match regexp pattern '^([0-9]+)\\.([0-9]+)$'.", "/asset/version"));
            } else if (!version.startsWith("2.")) {
                issues.add(Issue.error("UNKNOWN_ASSET_MAJOR_VERSION", "Unknown glTF major asset version: "
                        + version.substring(0, version.indexOf('.')) + ".", "/asset/version"));
            }
        }
        extensions(root);
        buffers();
        bufferViews();
        accessors();
        meshes();
        nodesAndScenes(root);
        materialsTexturesImages();
    }

    private void extensions(JsonNode root) {
        JsonNode used = root.path("extensionsUsed");
        for (int i = 0; i < used.size(); i++) {
            String name = used.get(i).asText();
            if (!VALIDATOR_KNOWN.contains(name)) {
                issues.add(Issue.warning("UNSUPPORTED_EXTENSION", "Cannot validate an extension as it is not supported by the validator: '"
                        + name + "'.", "/extensionsUsed/" + i));
            }
        }
    }

    private void buffers() {
        JsonNode arr = asset.array("buffers");
        for (int i = 0; i < arr.size(); i++) {
            JsonNode b = arr.get(i);
            String p = "/buffers/" + i;
            if (!b.has("byteLength")) {
                undefined("byteLength", p);
                continue;
            }
            long declared = b.get("byteLength").asLong();
            byte[] data = asset.buffers()[i];
            if (data != null && data.length < declared) {
                issues.add(Issue.error("BUFFER_BYTE_LENGTH_MISMATCH", "Actual data byte length (" + data.length
                        + ") is less than the declared buffer byte length (" + declared + ").", p));
            }
        }
    }

    private void bufferViews() {
        JsonNode arr = asset.array("bufferViews");
        for (int i = 0; i < arr.size(); i++) {
            JsonNode v = arr.get(i);
            String p = "/bufferViews/" + i;
            if (!v.has("buffer")) {
                undefined("buffer", p);
            }
            if (!v.has("byteLength")) {
                undefined("byteLength", p);
            }
            int buffer = ref(v, "buffer", "buffers", p);
            if (buffer >= 0 && v.has("byteLength")) {
                long declared = asset.array("buffers").get(buffer).path("byteLength").asLong(-1);
                long end = v.path("byteOffset").asLong(0) + v.get("byteLength").asLong();
                if (declared >= 0 && end > declared) {
                    issues.add(Issue.error("BUFFER_VIEW_TOO_LONG", "BufferView does not fit buffer (" + buffer + ") byteLength ("
                            + declared + ").", p + "/byteLength"));
                }
            }
        }
    }

    private void accessors() {
        JsonNode arr = asset.array("accessors");
        accessors = new Accessor[arr.size()];
        long elements = 0;
        for (int i = 0; i < arr.size(); i++) {
            JsonNode a = arr.get(i);
            String p = "/accessors/" + i;
            Accessor acc = new Accessor(i, a);
            accessors[i] = acc;
            for (String required : new String[] {"componentType", "count", "type"}) {
                if (!a.has(required)) {
                    undefined(required, p);
                }
            }
            elements += (long) Math.max(acc.count, 0) * Math.max(acc.components, 1);
            if (elements > limits.maxAccessorElements()) {
                throw new AtelierException(asset.file().getFileName() + " declares over " + limits.maxAccessorElements()
                        + " accessor elements, the limit for models. It is too large to inspect safely.");
            }
            int view = ref(a, "bufferView", "bufferViews", p);
            int cs = Accessor.componentSize(acc.componentType);
            if (view < 0 || cs == 0 || acc.components == 0) {
                continue;
            }
            JsonNode v = asset.array("bufferViews").get(view);
            int buffer = v.path("buffer").asInt(-1);
            if (buffer < 0 || buffer >= asset.buffers().length) {
                continue;
            }
            if (acc.byteOffset % cs != 0) {
                issues.add(Issue.error("ACCESSOR_OFFSET_ALIGNMENT", "Offset " + acc.byteOffset
                        + " is not a multiple of componentType length " + cs + ".", p + "/byteOffset"));
            }
            long viewOffset = v.path("byteOffset").asLong(0);
            boolean aligned = (viewOffset + acc.byteOffset) % cs == 0;
            if (!aligned) {
                issues.add(Issue.error("ACCESSOR_TOTAL_OFFSET_ALIGNMENT", "Accessor's total byteOffset " + (viewOffset + acc.byteOffset)
                        + " isn't a multiple of componentType length " + cs + ".", p));
            }
            int stride = v.path("byteStride").asInt(0);
            acc.stride = stride > 0 ? stride : acc.elementSize();
            acc.viewOffset = viewOffset;
            acc.viewLength = v.path("byteLength").asLong(0);
            acc.start = viewOffset + acc.byteOffset;
            acc.buffer = asset.buffers()[buffer];
            long length = acc.count <= 0 ? 0 : (long) acc.stride * (acc.count - 1) + acc.elementSize();
            long declaredViewLength = v.path("byteLength").asLong(-1);
            if (acc.byteOffset + length > declaredViewLength) {
                // like the validator: point at byteOffset when the accessor starts past the view's end
                String where = acc.byteOffset >= declaredViewLength ? p + "/byteOffset" : p;
                issues.add(Issue.error("ACCESSOR_TOO_LONG", "Accessor (offset: " + acc.byteOffset + ", length: " + length
                        + ") does not fit referenced bufferView [" + view + "] length " + acc.viewLength + ".", where));
                acc.buffer = null;
            } else if (aligned && acc.fits()) {
                issues.addAll(AccessorBounds.check(a, acc, p));
            } else {
                acc.buffer = null;
            }
        }
    }

    private void meshes() {
        JsonNode meshes = asset.array("meshes");
        for (int m = 0; m < meshes.size(); m++) {
            JsonNode mesh = meshes.get(m);
            String mp = "/meshes/" + m;
            JsonNode prims = mesh.get("primitives");
            if (prims == null) {
                undefined("primitives", mp);
                continue;
            }
            for (int k = 0; k < prims.size(); k++) {
                primitive(prims.get(k), mp + "/primitives/" + k);
            }
        }
    }

    private void primitive(JsonNode prim, String pp) {
        JsonNode attrs = prim.get("attributes");
        if (attrs == null) {
            undefined("attributes", pp);
            return;
        }
        int vertexCount = -1;
        Iterator<Map.Entry<String, JsonNode>> it = attrs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String ap = pp + "/attributes/" + e.getKey();
            int idx = e.getValue().asInt(-1);
            if (idx < 0 || idx >= accessors.length) {
                issues.add(Issue.error("UNRESOLVED_REFERENCE", "Unresolved reference: " + e.getValue().asText() + ".", ap));
                continue;
            }
            Accessor acc = accessors[idx];
            JsonNode aj = asset.array("accessors").get(idx);
            if (vertexCount < 0) {
                vertexCount = acc.count;
            }
            if (e.getKey().equals("POSITION")) {
                vertexCount = acc.count;
                if (!aj.has("min") || !aj.has("max")) {
                    issues.add(Issue.error("MESH_PRIMITIVE_POSITION_ACCESSOR_WITHOUT_BOUNDS",
                            "accessor.min and accessor.max must be defined for POSITION attribute accessor.", ap));
                }
                if (!"VEC3".equals(acc.type) || acc.componentType != Accessor.FLOAT) {
                    issues.add(Issue.error("MESH_PRIMITIVE_ATTRIBUTES_ACCESSOR_INVALID_FORMAT", "Invalid accessor format '{"
                            + acc.type + ", " + componentName(acc.componentType) + "}' for this attribute semantic. Must be one of ('{VEC3, FLOAT}').", ap));
                }
            }
            if (acc.stride > 0 && acc.byteOffset % 4 != 0) { // stride is set once the accessor is bound to its view
                issues.add(Issue.error("MESH_PRIMITIVE_ACCESSOR_UNALIGNED", "Vertex attribute data must be aligned to 4-byte boundaries.", ap));
            }
        }
        ref(prim, "material", "materials", pp);
        if (vertexCount < 0) {
            vertexCount = 0; // no attribute resolved: every index is out of range, as the validator reports
        }
        if (prim.has("indices")) {
            int idx = ref(prim, "indices", "accessors", pp);
            if (idx >= 0) {
                indices(accessors[idx], vertexCount, pp + "/indices");
            }
        }
    }

    private void indices(Accessor acc, int vertexCount, String ip) {
        boolean validFormat = "SCALAR".equals(acc.type) && (acc.componentType == Accessor.UNSIGNED_BYTE
                || acc.componentType == Accessor.UNSIGNED_SHORT || acc.componentType == Accessor.UNSIGNED_INT);
        if (!validFormat) {
            issues.add(Issue.error("MESH_PRIMITIVE_INDICES_ACCESSOR_INVALID_FORMAT", "Invalid indices accessor format '{"
                    + acc.type + ", " + componentName(acc.componentType) + "}'. Must be one of ('{SCALAR, UNSIGNED_BYTE}', "
                    + "'{SCALAR, UNSIGNED_SHORT}', '{SCALAR, UNSIGNED_INT}').", ip));
            return;
        }
        if (acc.buffer == null || vertexCount < 0) {
            return;
        }
        int[] values = acc.ints();
        int reported = 0;
        for (int i = 0; i < values.length && reported < MAX_OOB_PER_ACCESSOR; i++) {
            if (values[i] < 0 || values[i] >= vertexCount) {
                issues.add(Issue.error("ACCESSOR_INDEX_OOB", "Indices accessor element at index " + i + " has value "
                        + Integer.toUnsignedString(values[i]) + " that is greater than the maximum vertex index available ("
                        + (vertexCount - 1) + ").", ip));
                reported++;
            }
        }
    }

    private void nodesAndScenes(JsonNode root) {
        JsonNode nodes = asset.array("nodes");
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String p = "/nodes/" + i;
            ref(n, "mesh", "meshes", p);
            ref(n, "camera", "cameras", p);
            ref(n, "skin", "skins", p);
            JsonNode children = n.path("children");
            for (int c = 0; c < children.size(); c++) {
                refValue(children.get(c), "nodes", p + "/children/" + c);
            }
        }
        JsonNode scenes = asset.array("scenes");
        for (int s = 0; s < scenes.size(); s++) {
            JsonNode list = scenes.get(s).path("nodes");
            for (int k = 0; k < list.size(); k++) {
                refValue(list.get(k), "nodes", "/scenes/" + s + "/nodes/" + k);
            }
        }
        if (root.has("scene")) {
            refValue(root.get("scene"), "scenes", "/scene");
        }
    }

    private void materialsTexturesImages() {
        JsonNode materials = asset.array("materials");
        String[][] slots = {{"pbrMetallicRoughness", "baseColorTexture"}, {"pbrMetallicRoughness", "metallicRoughnessTexture"},
                {null, "normalTexture"}, {null, "occlusionTexture"}, {null, "emissiveTexture"}};
        for (int m = 0; m < materials.size(); m++) {
            for (String[] slot : slots) {
                JsonNode owner = slot[0] == null ? materials.get(m) : materials.get(m).path(slot[0]);
                JsonNode info = owner.get(slot[1]);
                if (info != null) {
                    String p = "/materials/" + m + (slot[0] == null ? "" : "/" + slot[0]) + "/" + slot[1];
                    if (!info.has("index")) {
                        undefined("index", p);
                    } else {
                        ref(info, "index", "textures", p);
                    }
                }
            }
        }
        JsonNode textures = asset.array("textures");
        for (int t = 0; t < textures.size(); t++) {
            ref(textures.get(t), "source", "images", "/textures/" + t);
            ref(textures.get(t), "sampler", "samplers", "/textures/" + t);
        }
        JsonNode images = asset.array("images");
        for (int i = 0; i < images.size(); i++) {
            ref(images.get(i), "bufferView", "bufferViews", "/images/" + i);
        }
    }

    /** Checks {@code owner.prop} (if present) refers into {@code collection}; returns the index or -1. */
    private int ref(JsonNode owner, String prop, String collection, String ownerPointer) {
        JsonNode v = owner.get(prop);
        if (v == null) {
            return -1;
        }
        return refValue(v, collection, ownerPointer + "/" + prop);
    }

    private int refValue(JsonNode v, String collection, String pointer) {
        int idx = v.canConvertToInt() ? v.asInt(-1) : -1;
        if (!v.isIntegralNumber() || idx < 0 || idx >= asset.count(collection)) {
            issues.add(Issue.error("UNRESOLVED_REFERENCE", "Unresolved reference: " + v.asText() + ".", pointer));
            return -1;
        }
        return idx;
    }

    private void undefined(String property, String pointer) {
        issues.add(Issue.error("UNDEFINED_PROPERTY", "Property '" + property + "' must be defined.", pointer.isEmpty() ? "/" : pointer));
    }

    static String componentName(int componentType) {
        return switch (componentType) {
            case Accessor.BYTE -> "BYTE";
            case Accessor.UNSIGNED_BYTE -> "UNSIGNED_BYTE";
            case Accessor.SHORT -> "SHORT";
            case Accessor.UNSIGNED_SHORT -> "UNSIGNED_SHORT";
            case Accessor.UNSIGNED_INT -> "UNSIGNED_INT";
            case Accessor.FLOAT -> "FLOAT";
            default -> "null";
        };
    }
}
