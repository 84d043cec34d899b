package dev.atelier.asset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import dev.atelier.testing.Tools;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of valid and broken glTF files made here: our verdicts, error codes and pointers agree
 * with Khronos glTF-Validator's, and our statistics equal its counts.
 */
class GltfValidatorAgreementTest {
    @TempDir
    static Path dir;
    static final Map<String, Path> corpus = new LinkedHashMap<>();
    static JsonNode reference;

    static byte[] triangleBin() {
        ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0}) {
            b.putFloat(f);
        }
        b.putShort((short) 0).putShort((short) 1).putShort((short) 2);
        return b.array();
    }

    static ObjectNode triangle() throws IOException {
        return (ObjectNode) GltfBuilder.JSON.readTree("""
            {"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0]}],"nodes":[{"mesh":0}],
             "meshes":[{"primitives":[{"attributes":{"POSITION":0},"indices":1,"material":0}]}],
             "materials":[{"pbrMetallicRoughness":{"baseColorFactor":[1,0,0,1]}}],
             "buffers":[{"byteLength":44}],
             "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":36,"target":34962},
                            {"buffer":0,"byteOffset":36,"byteLength":6,"target":34963}],
             "accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3","min":[0,0,0],"max":[1,1,0]},
                          {"bufferView":1,"componentType":5123,"count":3,"type":"SCALAR"}]}""");
    }

    static void gltfCase(String name, Consumer<ObjectNode> edit, byte[] bin) throws IOException {
        ObjectNode g = triangle();
        edit.accept(g);
        ObjectNode buf = (ObjectNode) g.get("buffers").get(0);
        if (!buf.has("uri")) {
            buf.put("uri", "data:application/octet-stream;base64," + java.util.Base64.getEncoder().encodeToString(bin));
        }
        Path f = dir.resolve(name + ".gltf");
        Files.writeString(f, g.toString());
        corpus.put(name, f);
    }

    static void gltfCase(String name, Consumer<ObjectNode> edit) throws IOException {
        gltfCase(name, edit, triangleBin());
    }

    @BeforeAll
    static void makeCorpus() throws Exception {
        gltfCase("valid", g -> { });
        gltfCase("buffer-view-past-buffer-end", g -> ((ObjectNode) g.at("/bufferViews/0")).put("byteLength", 100));
        gltfCase("accessor-past-view-end", g -> ((ObjectNode) g.at("/accessors/0")).put("count", 10));
        gltfCase("accessor-max-wrong", g -> ((ArrayNode) g.at("/accessors/0/max")).set(0, 2));
        gltfCase("accessor-min-wrong", g -> ((ArrayNode) g.at("/accessors/0/min")).set(1, -1));
        gltfCase("position-without-bounds", g -> ((ObjectNode) g.at("/accessors/0")).remove("min"));
        byte[] oob = triangleBin();
        oob[40] = 7;
        gltfCase("index-out-of-range", g -> { }, oob);
        gltfCase("missing-asset", g -> g.remove("asset"));
        gltfCase("missing-component-type", g -> ((ObjectNode) g.at("/accessors/1")).remove("componentType"));
        gltfCase("missing-buffer-view-byte-length", g -> ((ObjectNode) g.at("/bufferViews/1")).remove("byteLength"));
        gltfCase("unresolved-attribute", g -> ((ObjectNode) g.at("/meshes/0/primitives/0/attributes")).put("POSITION", 5));
        gltfCase("unresolved-material", g -> ((ObjectNode) g.at("/meshes/0/primitives/0")).put("material", 4));
        gltfCase("unresolved-scene-node", g -> ((ArrayNode) g.at("/scenes/0/nodes")).add(9));
        gltfCase("unknown-required-extension", g -> {
            g.putArray("extensionsUsed").add("EXT_made_up");
            g.putArray("extensionsRequired").add("EXT_made_up");
        });
        gltfCase("draco-required", g -> {
            g.putArray("extensionsUsed").add("KHR_draco_mesh_compression");
            g.putArray("extensionsRequired").add("KHR_draco_mesh_compression");
        });
        gltfCase("accessor-offset-misaligned", g -> ((ObjectNode) g.at("/accessors/0")).put("byteOffset", 2));
        gltfCase("view-offset-misaligned", g -> ((ObjectNode) g.at("/bufferViews/0")).put("byteOffset", 2));
        gltfCase("buffer-shorter-than-declared", g -> ((ObjectNode) g.at("/buffers/0")).put("byteLength", 100));
        gltfCase("indices-wrong-type", g -> ((ObjectNode) g.at("/accessors/1")).put("type", "VEC2"));
        gltfCase("major-version-3", g -> ((ObjectNode) g.at("/asset")).put("version", "3.0"));
        gltfCase("missing-buffer-file", g -> ((ObjectNode) g.at("/buffers/0")).put("uri", "missing.bin"));

        GltfBuilder textured = new GltfBuilder();
        int tex = textured.texture(ImagesTest.png(64, 64));
        textured.node(textured.cube(textured.material(new float[] {1, 1, 1, 1}, tex)), null);
        textured.node(textured.cube(textured.material(new float[] {0, 0.5f, 1, 1}, null)),
                n -> n.putArray("translation").add(2).add(0).add(0));
        corpus.put("textured-cubes-glb", textured.writeGlb(dir.resolve("textured.glb")));
        GltfBuilder external = new GltfBuilder();
        external.node(external.grid(20), null);
        corpus.put("external-buffer", external.writeGltf(dir.resolve("external.gltf"), "external.bin"));

        List<String> args = new ArrayList<>();
        corpus.values().forEach(p -> args.add(p.toString()));
        reference = Tools.nodeJson("gltf-validate.mjs", args.toArray(String[]::new));
    }

    @Test
    void verdictsAndErrorCodesAgreeWithGltfValidator() {
        AssetInspector inspector = new AssetInspector();
        int invalid = 0;
        for (Map.Entry<String, Path> e : corpus.entrySet()) {
            JsonNode ref = reference.get(e.getValue().toString());
            Set<String> refErrors = new TreeSet<>();
            Set<String> refPointers = new TreeSet<>();
            ref.at("/issues/messages").forEach(m -> {
                if (m.get("severity").asInt() == 0) {
                    refErrors.add(m.get("code").asText());
                    refPointers.add(m.get("code").asText() + " " + m.path("pointer").asText(""));
                }
            });
            Set<String> ours = new TreeSet<>();
            Set<String> ourPointers = new TreeSet<>();
            try {
                for (Issue i : inspector.inspect(e.getValue(), null).issues()) {
                    if (i.severity() == Issue.Severity.ERROR) {
                        ours.add(i.code());
                        ourPointers.add(i.code() + " " + (i.pointer() == null ? "" : i.pointer()));
                    }
                }
            } catch (AtelierException refused) {
                ours.add("REFUSED");
            }
            if (e.getKey().equals("missing-buffer-file")) {
                // the validator says IO_ERROR for an unreadable resource, as we do
                assertThat(refErrors).as(e.getKey()).contains("IO_ERROR");
            }
            assertThat(ours.isEmpty()).as("verdict for " + e.getKey()).isEqualTo(refErrors.isEmpty());
            assertThat(ours).as("error codes for " + e.getKey()).isEqualTo(refErrors);
            assertThat(ourPointers).as("pointers for " + e.getKey()).isEqualTo(refPointers);
            if (!refErrors.isEmpty()) {
                invalid++;
            }
        }
        assertThat(invalid).as("the corpus has broken files").isGreaterThan(15);
    }

    @Test
    void statisticsEqualGltfValidatorCounts() {
        AssetInspector inspector = new AssetInspector();
        for (String name : List.of("valid", "textured-cubes-glb", "external-buffer", "draco-required")) {
            Path file = corpus.get(name);
            JsonNode info = reference.get(file.toString()).get("info");
            AssetReport r = inspector.inspect(file, null);
            assertThat(r.model().vertices()).as(name + " vertices").isEqualTo(info.get("totalVertexCount").asLong());
            assertThat(r.model().triangles()).as(name + " triangles").isEqualTo(info.get("totalTriangleCount").asLong());
            assertThat(r.model().drawCalls()).as(name + " draw calls").isEqualTo(info.get("drawCallCount").asInt());
            assertThat(r.model().materials()).as(name + " materials").isEqualTo(info.get("materialCount").asInt());
            assertThat(r.model().animations()).as(name + " animations").isEqualTo(info.get("animationCount").asInt());
            assertThat(!r.model().textures().isEmpty()).as(name + " textures").isEqualTo(info.get("hasTextures").asBoolean());
        }
        AssetReport cubes = inspector.inspect(corpus.get("textured-cubes-glb"), null);
        assertThat(cubes.model().textures()).singleElement().satisfies(t -> {
            assertThat(t.width()).isEqualTo(64);
            assertThat(t.height()).isEqualTo(64);
            assertThat(t.mimeType()).isEqualTo("image/png");
        });
        assertThat(cubes.model().bboxMin()).containsExactly(-0.5, -0.5, -0.5);
        assertThat(cubes.model().bboxMax()).containsExactly(2.5, 0.5, 0.5);
    }
}
