package dev.atelier.asset.cid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.testing.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CAR files that @ipld/car reads back with the same root and intact blocks. */
class CarWriterTest {
    @TempDir
    Path dir;

    @Test
    void multiLevelFileExportsEveryBlockUnderTheFileCid() throws Exception {
        Path f = CidTest.randomFile(dir, "big.glb", 174L * CidTest.K256 + 1, 3);
        Path car = dir.resolve("big.car");
        Cid root = CarWriter.export(f, car, ProgressSink.NONE);
        JsonNode read = Tools.nodeJson("car-read.mjs", car.toString());
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("roots")).hasSize(1);
        assertThat(read.get("roots").get(0).asText()).isEqualTo(root.toString()).isEqualTo(Cid.ofFile(f).toString());
        assertThat(read.get("badHashes").asInt()).isZero();
        // 175 leaves + two level-1 nodes + the root
        assertThat(read.get("blocks")).hasSize(175 + 2 + 1);
        assertThat(read.get("blocks").toString()).contains(root.toString());
    }

    @Test
    void folderExportHoldsEachDistinctBlockOnce() throws Exception {
        Path root = Files.createDirectories(dir.resolve("drop"));
        Files.writeString(root.resolve("a.json"), "same");
        Files.writeString(root.resolve("b.json"), "same");
        CidTest.randomFile(root, "c.bin", 300_000, 4);
        Path car = dir.resolve("drop.car");
        Cid cid = CarWriter.export(root, car, ProgressSink.NONE);
        JsonNode read = Tools.nodeJson("car-read.mjs", car.toString());
        assertThat(read.get("roots").get(0).asText()).isEqualTo(cid.toString())
                .isEqualTo(Tools.node("unixfs-cid.mjs", "dir", root.toString()));
        Set<String> unique = new HashSet<>();
        read.get("blocks").forEach(b -> unique.add(b.asText()));
        assertThat(unique).hasSize(read.get("blocks").size());
        // one block for "same", two leaves + one node for c.bin, the folder
        assertThat(unique).hasSize(1 + 3 + 1);
        assertThat(read.get("badHashes").asInt()).isZero();
    }

    @Test
    void failedExportLeavesNothingBehind() {
        Path car = dir.resolve("out.car");
        assertThatThrownBy(() -> CarWriter.export(dir.resolve("missing"), car, ProgressSink.NONE))
                .isInstanceOf(AtelierException.class);
        assertThat(dir).isEmptyDirectory();
    }
}
