package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.db.Database;
import dev.atelier.db.MigrationSet;
import dev.atelier.studio.packaging.AssetCids;
import dev.atelier.studio.packaging.PackageResult;
import dev.atelier.studio.packaging.Packager;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagerTest {
    @TempDir
    Path dir;
    Database db;
    Studio studio;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("studio.db"), MigrationSet.studio());
        studio = new Studio(db, MediaCheck.NONE, new AssetCids());
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path file(String name, String content) throws Exception {
        Path p = dir.resolve("src").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    Item ready(Collection c, long token, String name, Path image) {
        return Item.draft(c.id(), TokenId.of(token), name).withDescription("About " + name).withImage(image.toString());
    }

    @Test
    void erc721PackageHasOneFilePerDecimalTokenIdAndIpfsUris() throws Exception {
        Collection c = studio.createCollection(Collection.draft("Art", Standard.ERC721));
        Path red = file("red.png", "red");
        Path model = file("model.glb", "glb");
        studio.addItem(c, ready(c, 1, "One", red).withAnimationUrl(model.toString()), false);
        studio.addItem(c, ready(c, 10, "Ten", red), false);
        PackageResult r = studio.packageCollection(c, dir.resolve("out"), null, ProgressSink.NONE);

        Path meta = dir.resolve("out/metadata");
        try (Stream<Path> s = Files.list(meta)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly("1", "10");
        }
        assertThat(r.assetsCid()).isEqualTo(ReferenceCids.cid(dir.resolve("out/assets")));
        assertThat(r.metadataCid()).isEqualTo(ReferenceCids.cid(meta));
        assertThat(r.baseUri()).isEqualTo("ipfs://" + r.metadataCid() + "/");
        JsonNode one = json.readTree(meta.resolve("1").toFile());
        assertThat(one.get("image").asText()).isEqualTo("ipfs://" + r.assetsCid() + "/red.png");
        assertThat(one.get("animation_url").asText()).isEqualTo("ipfs://" + r.assetsCid() + "/model.glb");
        assertThat(Files.readString(dir.resolve("out/assets/red.png"))).isEqualTo("red");
        assertThat(MetadataSchemaTest.ERC721.validate(one)).isEmpty();
        assertThat(MetadataSchemaTest.OPENSEA.validate(one)).isEmpty();
        assertThat(studio.store().collection(c.id()).orElseThrow().baseUri()).isEqualTo(r.baseUri());
        assertThat(json.readTree(dir.resolve("out/collection.json").toFile()).get("name").asText()).isEqualTo("Art");
    }

    @Test
    void packageCidsEqualIpfsOnlyHashAndTheCarHoldsTheWholeFolder() throws Exception {
        Collection c = studio.createCollection(Collection.draft("Car", Standard.ERC1155));
        Path img = file("big.png", "x".repeat(300_000)); // two chunks
        studio.addItem(c, ready(c, 1, "A", img).withSupply(3), false);
        studio.addItem(c, ready(c, 2, "B", file("b.png", "b")).withSupply(3), false);
        Path car = dir.resolve("pkg.car");
        PackageResult r = studio.packageCollection(c, dir.resolve("pkg"), car, ProgressSink.NONE);
        assertThat(r.rootCid()).isEqualTo(ReferenceCids.cid(dir.resolve("pkg")));
        assertThat(r.metadataCid()).isEqualTo(ReferenceCids.cid(dir.resolve("pkg/metadata")));
        assertThat(r.assetsCid()).isEqualTo(ReferenceCids.cid(dir.resolve("pkg/assets")));
        Path tools = Path.of(System.getProperty("atelier.tools", "src/test/tools/node_modules"));
        dev.atelier.testing.Proc.Result out = dev.atelier.testing.Proc.run(List.of("node",
                tools.getParent().resolve("scripts/car-read.mjs").toString(), car.toString()), java.util.Map.of(), null, 60);
        assertThat(out.code()).as(out.err()).isZero();
        JsonNode read = json.readTree(out.out());
        assertThat(read.get("roots")).singleElement().satisfies(n -> assertThat(n.asText()).isEqualTo(r.rootCid()));
        assertThat(read.get("badHashes").asInt()).isZero();
        // 3 folders + 2 metadata files + collection.json + the small image + the big image (2 chunks + its file node)
        assertThat(read.get("blocks").size()).isEqualTo(10);
    }

    @Test
    void erc1155FilesAreNamedForIdSubstitution() throws Exception {
        Collection c = studio.createCollection(Collection.draft("Potions", Standard.ERC1155));
        Path img = file("p.png", "p");
        BigInteger big = new BigInteger("314592").add(BigInteger.ONE.shiftLeft(200));
        for (BigInteger id : List.of(BigInteger.ONE, BigInteger.valueOf(314592), big)) {
            studio.addItem(c, ready(c, 0, "Potion " + id, img).withTokenId(new TokenId(id)).withSupply(50), false);
        }
        PackageResult r = studio.packageCollection(c, dir.resolve("pkg"), null, ProgressSink.NONE);
        String template = r.baseUri() + "{id}.json";
        for (BigInteger id : List.of(BigInteger.ONE, BigInteger.valueOf(314592), big)) {
            // EIP-1155 Metadata: clients replace {id} with the id in lowercase hex, zero-padded to 64 digits.
            String hex = String.format("%064x", id);
            String uri = template.replace("{id}", hex);
            String file = uri.substring(r.baseUri().length());
            assertThat(file).matches("[0-9a-f]{64}\\.json");
            JsonNode n = json.readTree(dir.resolve("pkg/metadata").resolve(file).toFile());
            assertThat(n.get("name").asText()).isEqualTo("Potion " + id);
            assertThat(MetadataSchemaTest.ERC1155.validate(n)).isEmpty();
        }
        assertThat(Packager.fileName(Standard.ERC1155, TokenId.of(314592)))
                .isEqualTo("000000000000000000000000000000000000000000000000000000000004cce0.json");
    }

    @Test
    void packagingIsRefusedWhileErrorsRemainAndWritesNothing() throws Exception {
        Collection c = studio.createCollection(Collection.draft("Broken", Standard.ERC721));
        studio.addItem(c, Item.draft(c.id(), TokenId.of(1), "No image"), false);
        Path out = dir.resolve("never");
        assertThatThrownBy(() -> studio.packageCollection(c, out, null, ProgressSink.NONE))
                .isInstanceOf(AtelierException.class).hasMessageContaining("errors remain");
        assertThat(out).doesNotExist();
        assertThat(studio.store().collection(c.id()).orElseThrow().baseUri()).isEmpty();
    }

    @Test
    void aNonEmptyTargetFolderIsNeverOverwritten() throws Exception {
        Collection c = studio.createCollection(Collection.draft("Full", Standard.ERC721));
        studio.addItem(c, ready(c, 1, "A", file("a.png", "a")), false);
        Path out = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> studio.packageCollection(c, out, null, ProgressSink.NONE)).hasMessageContaining("not empty");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void sameFileNameFromDifferentFoldersGetsDistinctAssetNames() throws Exception {
        Collection c = studio.createCollection(Collection.draft("Twins", Standard.ERC721));
        studio.addItem(c, ready(c, 1, "A", file("x/icon.png", "first")), false);
        studio.addItem(c, ready(c, 2, "B", file("y/icon.png", "second")), false);
        PackageResult r = studio.packageCollection(c, dir.resolve("o"), null, ProgressSink.NONE);
        assertThat(json.readTree(dir.resolve("o/metadata/2").toFile()).get("image").asText())
                .isEqualTo("ipfs://" + r.assetsCid() + "/icon-2.png");
        assertThat(Files.readString(dir.resolve("o/assets/icon-2.png"))).isEqualTo("second");
    }
}
