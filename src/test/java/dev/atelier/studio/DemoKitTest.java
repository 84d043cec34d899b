package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.common.ProgressSink;
import dev.atelier.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed demo creator kit: small, valid, and it opens as a collection without errors. */
class DemoKitTest {
    @TempDir
    Path dir;

    @Test
    void kitOpensAsACollectionWithTwelveItemsAndNoErrors() {
        try (StudioFixture fx = new StudioFixture(dir)) {
            Collection c = DemoKit.open(fx.studio, dir.resolve("demo-kit"), ProgressSink.NONE);
            List<Item> items = fx.studio.store().allItems(c.id());
            assertThat(items).hasSize(12);
            assertThat(items).allSatisfy(it -> assertThat(it.verdict()).isEqualTo(Verdict.READY));
            assertThat(items.stream().filter(it -> it.animationUrl().endsWith(".glb")).count()).isBetween(2L, 3L);
            Item sword = items.get(0);
            assertThat(sword.attributes()).extracting(Attribute::traitType).containsExactly("Rarity", "Type", "Level", "Power");
            assertThat(sword.properties()).extracting(GameProperty::key).containsExactly("damage", "slot", "level_required", "tradeable");
            assertThat(Path.of(sword.image())).isRegularFile().startsWith(dir.resolve("demo-kit"));
            CollectionReport report = fx.studio.validateCollection(c);
            assertThat(report.hasErrors()).isFalse();
            // Opening it again makes a second collection instead of failing.
            assertThat(DemoKit.open(fx.studio, dir.resolve("demo-kit"), ProgressSink.NONE).name()).isEqualTo("Demo Armory 2");
        }
    }

    @Test
    void committedKitIsSmallAndItsModelsPassTheKhronosValidator() throws Exception {
        Path assets = Path.of("assets");
        long total = 0;
        List<String> models = new ArrayList<>();
        for (String f : DemoKit.files()) {
            Path p = assets.resolve(f);
            assertThat(p).isRegularFile();
            total += Files.size(p);
            if (f.endsWith(".glb")) {
                models.add(p.toAbsolutePath().toString());
            }
        }
        assertThat(DemoKit.files().stream().filter(f -> f.endsWith(".png"))).hasSize(12);
        assertThat(total).isLessThan(300 * 1024);
        Path tools = Path.of(System.getProperty("atelier.tools", "src/test/tools/node_modules"));
        String script = "const v=require('gltf-validator');const fs=require('fs');(async()=>{for(const f of process.argv.slice(1)){"
                + "const r=await v.validateBytes(new Uint8Array(fs.readFileSync(f)));"
                + "console.log(r.issues.numErrors+' '+r.issues.numWarnings+' '+r.info.totalTriangleCount)}})()";
        List<String> cmd = new ArrayList<>(List.of("node", "-e", script));
        cmd.addAll(models);
        Proc.Result r = Proc.run(cmd, Map.of("NODE_PATH", tools.toString()), null, 60);
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(models.size());
        for (String line : lines) {
            String[] p = line.split(" ");
            assertThat(p[0]).as("errors").isEqualTo("0");
            assertThat(p[1]).as("warnings").isEqualTo("0");
            assertThat(Integer.parseInt(p[2])).isBetween(12, 2000);
        }
    }
}
