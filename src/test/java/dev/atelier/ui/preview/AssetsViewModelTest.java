package dev.atelier.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.SameThreadTaskRunner;
import dev.atelier.asset.AssetInspector;
import dev.atelier.asset.GltfBuilder;
import dev.atelier.asset.budget.BudgetLimit;
import dev.atelier.asset.budget.BudgetProfile;
import dev.atelier.asset.budget.BudgetProfiles;
import dev.atelier.asset.budget.BudgetResult;
import dev.atelier.asset.budget.BuiltInProfiles;
import dev.atelier.asset.budget.Metric;
import dev.atelier.asset.cid.Cid;
import dev.atelier.common.AtelierException;
import dev.atelier.db.BudgetProfileStore;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import dev.atelier.testing.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Assets screen's state and actions, without a stage (tasks run inline). */
class AssetsViewModelTest {
    @TempDir
    Path dir;
    Database db;
    AssetsViewModel vm;
    final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("studio.db"), MigrationSet.studio());
        vm = new AssetsViewModel(new AssetInspector(), new BudgetProfiles(new BudgetProfileStore(db)), new SameThreadTaskRunner(),
                failures::add);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    Path model(int gridQuads) throws Exception {
        GltfBuilder b = new GltfBuilder();
        b.node(b.grid(gridQuads), null);
        return b.writeGlb(dir.resolve("grid" + gridQuads + ".glb"));
    }

    @Test
    void changingTheProfileRechecksTheOpenFile() throws Exception {
        vm.open(model(90)); // 16,200 triangles
        assertThat(vm.report().model().triangles()).isEqualTo(16_200);
        assertThat(vm.budget()).isEmpty();
        vm.profileProperty().set(BuiltInProfiles.READY_PLAYER_ME_OUTFIT);
        assertThat(vm.budget()).filteredOn(b -> b.limit().equals("Triangles")).singleElement()
                .extracting(BudgetResult::result).isEqualTo(BudgetResult.Verdict.FAIL);
        vm.open(model(80)); // 12,800: within the limit but above 90 % of it
        assertThat(vm.budget()).filteredOn(b -> b.limit().equals("Triangles")).singleElement()
                .extracting(BudgetResult::result).isEqualTo(BudgetResult.Verdict.PASS);
        vm.open(model(85)); // 14,450 > 13,500
        assertThat(vm.budget()).filteredOn(b -> b.limit().equals("Triangles")).singleElement()
                .extracting(BudgetResult::result).isEqualTo(BudgetResult.Verdict.WARN);
        assertThat(failures).isEmpty();
    }

    @Test
    void exportCarAndPosterWriteFilesAndTheCidMatches() throws Exception {
        Path glb = model(10);
        vm.open(glb);
        vm.computeCid();
        assertThat(vm.cidProperty().get()).isEqualTo(Cid.ofFile(glb).toString());
        Path car = dir.resolve("out.car");
        String[] root = new String[1];
        vm.exportCar(car, r -> root[0] = r);
        assertThat(root[0]).isEqualTo(vm.cidProperty().get());
        assertThat(Tools.nodeJson("car-read.mjs", car.toString()).get("roots").get(0).asText()).isEqualTo(root[0]);
        Path png = dir.resolve("poster.png");
        boolean[] done = new boolean[1];
        vm.savePoster(png, 128, () -> done[0] = true);
        assertThat(done[0]).isTrue();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(128);
        assertThat(failures).isEmpty();
    }

    @Test
    void failuresReachTheHandlerAndLeaveTheStateAlone() throws Exception {
        vm.open(model(4));
        vm.open(dir.resolve("missing.glb"));
        assertThat(failures).singleElement().isInstanceOf(AtelierException.class);
        assertThat(vm.report().fileName()).isEqualTo("grid4.glb");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void customProfilesCanBeSavedSelectedAndDeleted() {
        BudgetProfile saved = vm.saveProfile(new BudgetProfile("Props", "", false, List.of(BudgetLimit.max(Metric.TRIANGLES, 100))));
        assertThat(vm.profileProperty().get().name()).isEqualTo("Props");
        assertThat(vm.profiles()).extracting(BudgetProfile::name).contains("OpenSea", "Props");
        vm.deleteProfile(saved);
        assertThat(vm.profiles()).extracting(BudgetProfile::name).doesNotContain("Props");
        assertThat(vm.profileProperty().get()).isEqualTo(BuiltInProfiles.NONE);
    }
}
