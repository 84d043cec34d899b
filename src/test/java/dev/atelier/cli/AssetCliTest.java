package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.asset.GltfBuilder;
import dev.atelier.asset.budget.BudgetLimit;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.budget.Metric;
import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.testing.Tools;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 'asset' commands keep the contract written in the issue. */
class AssetCliTest {
    @TempDir
    Path dir;

    static final ObjectMapper JSON = new ObjectMapper();

    Path cubes() throws Exception {
        GltfBuilder b = new GltfBuilder();
        b.node(b.cube(b.material(new float[] {0.9f, 0.3f, 0.1f, 1}, null)), null);
        b.node(b.grid(100), n -> n.putArray("translation").add(1).add(0).add(0));
        return b.writeGlb(dir.resolve("model.glb"));
    }

    @Test
    void inspectJsonHasTheContractFields() throws Exception {
        Path glb = cubes();
        CliTest.Result r = CliTest.run(Map.of("ATELIER_HOME", dir.resolve("home").toString()), "asset", "inspect", glb.toString(),
                "--profile", "Ready Player Me outfit", "--json");
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("type").asText()).isEqualTo("glb");
        assertThat(o.get("bytes").asLong()).isEqualTo(Files.size(glb));
        assertThat(o.get("meshes").asInt()).isEqualTo(2);
        assertThat(o.get("vertices").asLong()).isEqualTo(24 + 101 * 101);
        assertThat(o.get("triangles").asLong()).isEqualTo(12 + 2 * 100 * 100);
        assertThat(o.get("materials").asInt()).isEqualTo(1);
        assertThat(o.get("textures").asInt()).isZero();
        assertThat(o.get("issues").isArray()).isTrue();
        JsonNode budget = o.get("budget");
        assertThat(budget).isNotEmpty();
        JsonNode tris = null;
        for (JsonNode b : budget) {
            assertThat(b.has("limit") && b.has("value") && b.has("max") && b.has("result")).isTrue();
            if (b.get("limit").asText().equals("Triangles")) {
                tris = b;
            }
        }
        assertThat(tris.get("value").asLong()).isEqualTo(20_012);
        assertThat(tris.get("max").asLong()).isEqualTo(15_000);
        assertThat(tris.get("result").asText()).isEqualTo("fail");
        assertThat(r.code()).as("a failed budget exits non-zero").isEqualTo(1);
    }

    @Test
    void inspectOfABrokenModelListsIssuesWithPointersAndExitsOne() throws Exception {
        Path f = dir.resolve("broken.gltf");
        Files.writeString(f, """
            {"asset":{"version":"2.0"},"meshes":[{"primitives":[{"attributes":{"POSITION":3}}]}]}""");
        CliTest.Result r = CliTest.run(Map.of(), "asset", "inspect", f.toString(), "--json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode issue = JSON.readTree(r.out()).get("issues").get(0);
        assertThat(issue.get("severity").asText()).isEqualTo("error");
        assertThat(issue.get("code").asText()).isEqualTo("UNRESOLVED_REFERENCE");
        assertThat(issue.get("pointer").asText()).isEqualTo("/meshes/0/primitives/0/attributes/POSITION");
        assertThat(issue.get("message").asText()).isNotBlank();
    }

    @Test
    void customProfileSavedInTheHomeIsUsedByName() throws Exception {
        Path home = dir.resolve("home");
        try (AppContext ctx = AppContext.open(AppPaths.at(home))) {
            ctx.budgetProfiles().save(new BudgetProfile("Tiny props", "", false, List.of(BudgetLimit.max(Metric.TRIANGLES, 10))));
        }
        CliTest.Result r = CliTest.run(Map.of(), "--home", home.toString(), "asset", "inspect", cubes().toString(),
                "--profile", "tiny PROPS", "--json");
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("profile").asText()).isEqualTo("Tiny props");
        assertThat(o.get("budget").get(0).get("result").asText()).isEqualTo("fail");
        CliTest.Result unknown = CliTest.run(Map.of(), "--home", home.toString(), "asset", "inspect", cubes().toString(), "--profile", "Nope");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: No budget profile named 'Nope'");
    }

    @Test
    void cidAndCarPrintTheReferenceRoot() throws Exception {
        Path glb = cubes();
        String expected = Tools.node("unixfs-cid.mjs", "file", glb.toString());
        CliTest.Result cid = CliTest.run(Map.of(), "asset", "cid", glb.toString());
        assertThat(cid.out().trim()).isEqualTo(expected);
        Path car = dir.resolve("m.car");
        CliTest.Result carR = CliTest.run(Map.of(), "asset", "car", glb.toString(), "--out", car.toString());
        assertThat(carR.code()).isZero();
        assertThat(carR.out().trim()).isEqualTo(expected);
        assertThat(Tools.nodeJson("car-read.mjs", car.toString()).get("roots").get(0).asText()).isEqualTo(expected);
        CliTest.Result missing = CliTest.run(Map.of(), "asset", "cid", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: ").doesNotContain("Exception");
    }

    @Test
    void posterIsANonEmptyPngOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("poster.png");
        CliTest.Result r = CliTest.run(Map.of(), "asset", "poster", cubes().toString(), "--out", png.toString(), "--size", "128");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(128);
        assertThat(img.getHeight()).isEqualTo(128);
        Set<Integer> colours = new HashSet<>();
        int orange = 0;
        for (int y = 0; y < 128; y++) {
            for (int x = 0; x < 128; x++) {
                int c = img.getRGB(x, y);
                colours.add(c);
                int red = (c >> 16) & 0xFF;
                int blue = c & 0xFF;
                if (red > 120 && red > blue + 60) {
                    orange++;
                }
            }
        }
        assertThat(colours.size()).as("shaded, not a flat fill").isGreaterThan(50);
        assertThat(orange).as("the orange cube is drawn").isGreaterThan(100);
        CliTest.Result bad = CliTest.run(Map.of(), "asset", "poster", cubes().toString(), "--out", png.toString(), "--size", "5");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("between 16 and 4096");
    }
}
