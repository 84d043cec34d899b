package dev.atelier.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.asset.budget.BudgetLimit;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.budget.BudgetProfiles;
import dev.atelier.asset.budget.BudgetResult;
import dev.atelier.asset.budget.BuiltInProfiles;
import dev.atelier.asset.budget.Metric;
import dev.atelier.common.AtelierException;
import dev.atelier.db.BudgetProfileStore;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetAndThumbnailsTest {
    @TempDir
    Path dir;

    @Test
    void readyPlayerMeLimitsMarkTexturesAndTriangles() throws Exception {
        GltfBuilder b = new GltfBuilder();
        int tex = b.texture(ImagesTest.png(300, 200));
        b.node(b.cube(b.material(new float[] {1, 1, 1, 1}, tex)), null);
        Path glb = b.writeGlb(dir.resolve("outfit.glb"));
        AssetReport r = new AssetInspector().inspect(glb, BuiltInProfiles.READY_PLAYER_ME_OUTFIT);
        assertThat(r.budget()).extracting(BudgetResult::limit, BudgetResult::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Triangles", BudgetResult.Verdict.PASS),
                org.assertj.core.groups.Tuple.tuple("Largest texture side", BudgetResult.Verdict.PASS),
                org.assertj.core.groups.Tuple.tuple("Textures square, power of two", BudgetResult.Verdict.FAIL),
                org.assertj.core.groups.Tuple.tuple("File size", BudgetResult.Verdict.PASS));
        assertThat(r.budgetFailed()).isTrue();
    }

    @Test
    void valuesNearTheLimitWarn() throws Exception {
        Path png = Files.write(dir.resolve("thumb.png"), ImagesTest.png(256, 256));
        BudgetProfile p = new BudgetProfile("t", "", false, List.of(BudgetLimit.max(Metric.FILE_BYTES, Files.size(png) + 1),
                BudgetLimit.max(Metric.IMAGE_EXACT_SIDE, 256), BudgetLimit.types("png")));
        assertThat(new AssetInspector().inspect(png, p).budget()).extracting(BudgetResult::result)
                .containsExactly(BudgetResult.Verdict.WARN, BudgetResult.Verdict.PASS, BudgetResult.Verdict.PASS);
        assertThat(new AssetInspector().inspect(png, BuiltInProfiles.DECENTRALAND_WEARABLE).budgetFailed()).isFalse();
    }

    @Test
    void customProfilesPersistInStudioDb() {
        Path db = dir.resolve("studio.db");
        try (Database d = Database.open(db, MigrationSet.studio())) {
            BudgetProfiles profiles = new BudgetProfiles(new BudgetProfileStore(d));
            profiles.save(new BudgetProfile("  Mobile props ", "phones", false,
                    List.of(BudgetLimit.max(Metric.TRIANGLES, 5000), BudgetLimit.types("glb"))));
            assertThatThrownBy(() -> profiles.save(new BudgetProfile("opensea", "", false, List.of(BudgetLimit.max(Metric.TRIANGLES, 1)))))
                    .isInstanceOf(AtelierException.class).hasMessageContaining("built-in");
            assertThatThrownBy(() -> profiles.save(new BudgetProfile("Zero", "", false, List.of(BudgetLimit.max(Metric.TRIANGLES, 0)))))
                    .isInstanceOf(AtelierException.class).hasMessageContaining("above zero");
        }
        try (Database d = Database.open(db, MigrationSet.studio())) {
            BudgetProfiles profiles = new BudgetProfiles(new BudgetProfileStore(d));
            BudgetProfile p = profiles.find("MOBILE PROPS").orElseThrow();
            assertThat(p.name()).isEqualTo("Mobile props");
            assertThat(p.description()).isEqualTo("phones");
            assertThat(p.limits()).containsExactly(BudgetLimit.max(Metric.TRIANGLES, 5000), BudgetLimit.types("glb"));
            assertThat(profiles.all()).extracting(BudgetProfile::name).contains("OpenSea", "Mobile props");
            assertThat(profiles.delete("mobile props")).isTrue();
            assertThat(profiles.find("Mobile props")).isEmpty();
        }
    }

    @Test
    void thumbnailsAreCachedUntilTheFileChanges() throws Exception {
        Path png = Files.write(dir.resolve("a.png"), ImagesTest.png(400, 200));
        Thumbnails thumbs = new Thumbnails(dir.resolve("cache"), new AssetInspector());
        assertThat(thumbs.peek(png, 128)).isEmpty();
        Path t1 = thumbs.get(png, 128);
        var img = ImageIO.read(t1.toFile());
        assertThat(img.getWidth()).isEqualTo(128);
        assertThat(img.getHeight()).isEqualTo(64);
        FileTime made = Files.getLastModifiedTime(t1);
        assertThat(thumbs.get(png, 128)).isEqualTo(t1);
        assertThat(Files.getLastModifiedTime(t1)).isEqualTo(made);
        Files.write(png, ImagesTest.png(100, 100));
        Files.setLastModifiedTime(png, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Path t2 = thumbs.get(png, 128);
        assertThat(t2).isNotEqualTo(t1);
        assertThat(ImageIO.read(t2.toFile()).getWidth()).isEqualTo(100);
        GltfBuilder b = new GltfBuilder();
        b.node(b.cube(null), null);
        Path model = thumbs.get(b.writeGlb(dir.resolve("m.glb")), 64);
        assertThat(ImageIO.read(model.toFile()).getWidth()).isEqualTo(64);
    }
}
