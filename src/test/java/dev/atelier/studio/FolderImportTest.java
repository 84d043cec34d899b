package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.common.ProgressSink;
import dev.atelier.studio.imports.ImportReport;
import dev.atelier.studio.imports.RowError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderImportTest {
    @TempDir
    Path dir;
    StudioFixture fx;
    Collection c;

    @BeforeEach
    void open() {
        fx = new StudioFixture(dir);
        c = fx.collection("Folder", Standard.ERC1155);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void assetsFolderMakesOneItemPerBaseNameWithSidecars() throws Exception {
        Path f = Files.createDirectories(dir.resolve("assets"));
        Files.write(f.resolve("iron_sword.png"), new byte[] {1});
        Files.write(f.resolve("iron_sword.glb"), new byte[] {1});
        Files.writeString(f.resolve("iron_sword.json"), """
                {"description": "Sharp", "attributes": [{"trait_type": "Rarity", "value": "Rare"}],
                 "properties": {"damage": 12}, "token_id": "40"}""");
        Files.write(f.resolve("oak-shield.jpg"), new byte[] {1});
        Files.writeString(f.resolve("readme.txt"), "x");
        ImportReport r = fx.studio.importPath(c, f, ProgressSink.NONE);
        assertThat(r.errors()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("readme.txt");
        List<Item> items = fx.studio.store().allItems(c.id());
        assertThat(items).extracting(i -> i.tokenId() + ":" + i.name()).containsExactly("1:Oak shield", "40:Iron sword");
        Item sword = items.get(1);
        assertThat(sword.image()).endsWith("iron_sword.png");
        assertThat(sword.animationUrl()).endsWith("iron_sword.glb");
        assertThat(sword.attributes()).containsExactly(Attribute.text("Rarity", "Rare"));
        assertThat(sword.properties()).singleElement().satisfies(p -> assertThat(p.type()).isEqualTo(PropertyType.INTEGER));
    }

    @Test
    void metadataFolderKeepsTokenIdsFromFileNamesAndReportsBadFilesWithLines() throws Exception {
        Path f = Files.createDirectories(dir.resolve("meta"));
        Files.writeString(f.resolve("1"), "{\"name\": \"One\", \"image\": \"ipfs://bafy/1.png\"}");
        Files.writeString(f.resolve(TokenId.of(255).hex64() + ".json"), "{\"name\": \"FF\", \"image\": \"ff.png\"}");
        assertThat(Studio.looksLikeMetadataFolder(f)).isTrue();
        ImportReport ok = fx.studio.importPath(c, f, ProgressSink.NONE);
        assertThat(ok.imported()).isEqualTo(2);
        List<Item> items = fx.studio.store().allItems(c.id());
        assertThat(items).extracting(i -> i.tokenId().decimal()).containsExactly("1", "255");
        assertThat(items.get(1).image()).isEqualTo(f.resolve("ff.png").toString());

        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("7.json"), "{\n  \"name\": \"Seven\",\n  \"image\": 12\n}");
        Files.writeString(bad.resolve("8.json"), "{\n  \"name\": \"Eight\"\n  \"image\": \"x\"\n}");
        Files.writeString(bad.resolve("9.json"), "{\"name\": \"Nine\"}");
        ImportReport r = fx.studio.importPath(c, bad, ProgressSink.NONE);
        assertThat(r.imported()).isZero();
        assertThat(r.errors()).extracting(RowError::source).containsExactly("7.json", "8.json");
        assertThat(r.errors().get(0).message()).contains("'image' must be a string");
        assertThat(r.errors().get(1).line()).isEqualTo(3);
        assertThat(fx.studio.store().allItems(c.id())).hasSize(2);
    }

    @Test
    void metadataFilesClashingWithExistingTokensImportNothing() throws Exception {
        fx.studio.addItem(c, Item.draft(c.id(), TokenId.of(3), "Old"), false);
        Path f = Files.createDirectories(dir.resolve("m"));
        Files.writeString(f.resolve("2.json"), "{\"name\": \"Two\"}");
        Files.writeString(f.resolve("3.json"), "{\"name\": \"Three\"}");
        ImportReport r = fx.studio.importPath(c, f, ProgressSink.NONE);
        assertThat(r.imported()).isZero();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("token id 3"));
        assertThat(fx.studio.store().allItems(c.id())).extracting(Item::name).containsExactly("Old");
    }
}
