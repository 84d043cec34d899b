package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.asset.AssetInspector;
import dev.atelier.common.ProgressSink;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import dev.atelier.studio.packaging.AssetCids;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item media checked by the Assets inspector: real types, broken files, and the demo kit passing. */
class AssetMediaCheckTest {
    @TempDir
    Path dir;
    final ItemValidator v = new ItemValidator(new AssetMediaCheck(new AssetInspector()));
    final Collection c = Collection.draft("C", Standard.ERC1155).withId(1);

    Item item(Path image) {
        return Item.draft(1, TokenId.of(1), "A").withDescription("d").withImage(image.toString());
    }

    @Test
    void aModelUsedAsThePictureIsAnErrorThatSaysWhatToDo() {
        Path glb = Path.of("assets/models/iron-sword.glb").toAbsolutePath();
        Path renamed = dir.resolve("sword.png");
        List<Issue> issues;
        try {
            Files.copy(glb, renamed);
            issues = v.validate(item(renamed), c).issues();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(issues).anySatisfy(i -> {
            assertThat(i.isError()).isTrue();
            assertThat(i.field()).isEqualTo("image");
            assertThat(i.message()).contains("not a picture").contains("animation_url");
        });
    }

    @Test
    void aBrokenPictureIsReportedByTheInspector() throws Exception {
        Path bad = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        ValidationReport r = v.validate(item(bad), c);
        assertThat(r.verdict()).isEqualTo(Verdict.ERRORS);
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.message()).startsWith("broken.png: ").contains("damaged"));
    }

    @Test
    void theDemoKitIsReadyUnderRealInspection() {
        try (Database db = Database.open(dir.resolve("studio.db"), MigrationSet.studio())) {
            Studio studio = new Studio(db, new AssetMediaCheck(new AssetInspector()), new AssetCids());
            Collection kit = DemoKit.open(studio, dir.resolve("kit"), ProgressSink.NONE);
            CollectionReport r = studio.validateCollection(kit);
            assertThat(r.items()).allSatisfy(i -> assertThat(i.report().issues()).as(i.name()).isEmpty());
        }
    }
}
