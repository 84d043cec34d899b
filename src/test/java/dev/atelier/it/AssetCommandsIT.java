package dev.atelier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.asset.GltfBuilder;
import dev.atelier.testing.Proc;
import dev.atelier.testing.Tools;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's asset commands, with no display: CIDs equal the reference, posters render headless. */
class AssetCommandsIT {
    @TempDir
    Path dir;

    @Test
    void cidOfFileAndFolderThroughTheLeanPathEqualsTheReference() throws Exception {
        Path file = dir.resolve("two-levels.bin");
        byte[] data = new byte[174 * 256 * 1024 + 1];
        new Random(5).nextBytes(data);
        Files.write(file, data);
        Proc.Result r = Proc.run(Proc.jar("asset", "cid", file.toString()), PackagedJarIT.noDisplay(), null, 60);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out().trim()).isEqualTo(Tools.node("unixfs-cid.mjs", "file", file.toString()));

        Path folder = Files.createDirectories(dir.resolve("drop"));
        Files.writeString(folder.resolve("1.json"), "{\"name\":\"one\"}");
        Files.copy(file, folder.resolve("model.glb"));
        Proc.Result f = Proc.run(Proc.jar("asset", "cid", folder.toString()), PackagedJarIT.noDisplay(), null, 60);
        assertThat(f.out().trim()).isEqualTo(Tools.node("unixfs-cid.mjs", "dir", folder.toString()));

        Proc.Result missing = Proc.run(Proc.jar("asset", "cid", dir.resolve("nope").toString()), PackagedJarIT.noDisplay(), null, 60);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: ").contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void posterRendersWithoutADisplayAndInspectPrintsJson() throws Exception {
        GltfBuilder b = new GltfBuilder();
        b.node(b.sphere(24, 48, b.material(new float[] {0.1f, 0.5f, 0.9f, 1}, null)), null);
        Path glb = b.writeGlb(dir.resolve("orb.glb"));
        Path png = dir.resolve("orb.png");
        Proc.Result r = Proc.run(Proc.jar("asset", "poster", glb.toString(), "--out", png.toString(), "--size", "256"),
                PackagedJarIT.noDisplay(), null, 120);
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(256);
        int blue = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                int c = img.getRGB(x, y);
                if ((c & 0xFF) > ((c >> 16) & 0xFF) + 60) {
                    blue++;
                }
            }
        }
        assertThat(blue).as("the blue sphere fills part of the poster").isGreaterThan(256 * 256 / 10);

        Proc.Result inspect = Proc.run(Proc.jar("asset", "inspect", glb.toString(), "--json"), PackagedJarIT.noDisplay(), null, 60);
        assertThat(inspect.code()).isZero();
        JsonNode o = new ObjectMapper().readTree(inspect.out());
        assertThat(o.get("triangles").asInt()).isEqualTo(24 * 48 * 2);
        assertThat(o.get("issues")).isEmpty();
        assertThat(inspect.err()).isEmpty();
    }
}
