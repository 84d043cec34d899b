package dev.atelier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.testing.Proc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Studio through the packaged jar: the demo kit's items.csv → validate → package with a CAR. */
class StudioCliIT {
    @TempDir
    Path home;
    @TempDir
    Path out;

    Proc.Result atelier(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return Proc.run(Proc.jar(all.toArray(String[]::new)), PackagedJarIT.noDisplay(), null, 120);
    }

    @Test
    void demoKitCsvImportsValidatesAndPackages() throws Exception {
        assertThat(atelier("collection", "create", "Kit", "--standard", "erc1155", "--symbol", "KIT").code()).isZero();
        Proc.Result imp = atelier("item", "import", "--collection", "Kit", Path.of("assets/items.csv").toAbsolutePath().toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).startsWith("Imported 12 items into Kit");
        Proc.Result v = atelier("collection", "validate", "Kit", "--json");
        assertThat(v.code()).as(v.out()).isZero();
        JsonNode report = new ObjectMapper().readTree(v.out());
        assertThat(report.get("ready").asInt()).isEqualTo(12);
        Proc.Result p = atelier("collection", "package", "Kit", "--out", out.resolve("pkg").toString(),
                "--car", out.resolve("kit.car").toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.out().strip()).matches("ipfs://bafy[a-z2-7]+/");
        Proc.Result cid = atelier("asset", "cid", out.resolve("pkg/metadata").toString());
        assertThat(p.out().strip()).isEqualTo("ipfs://" + cid.out().strip() + "/");
        assertThat(out.resolve("pkg/assets/iron-sword.glb")).isRegularFile();
        assertThat(p.err()).isEmpty();
    }
}
