package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemValidatorTest {
    @TempDir
    Path dir;
    final ItemValidator v = new ItemValidator(MediaCheck.NONE);
    final Collection art = Collection.draft("Art", Standard.ERC721).withId(1);
    static final String CID = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    Item good() {
        return Item.draft(1, TokenId.of(1), "Sword").withDescription("Sharp").withImage("ipfs://" + CID + "/1.png");
    }

    List<Issue> issues(Item it, Collection c) {
        return v.validate(it, c).issues();
    }

    Issue only(Item it, Collection c) {
        List<Issue> all = issues(it, c);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aCompleteItemIsReady() {
        assertThat(v.validate(good(), art).verdict()).isEqualTo(Verdict.READY);
    }

    @Test
    void missingNameAndImageAreErrorsAndMissingDescriptionIsAWarning() {
        Item it = Item.draft(1, TokenId.of(1), "");
        ValidationReport r = v.validate(it, art);
        assertThat(r.verdict()).isEqualTo(Verdict.ERRORS);
        assertThat(r.issues()).extracting(Issue::field).containsExactly("name", "description", "image");
        assertThat(r.issues().get(1).isError()).isFalse();
        Collection permanent = new Collection(1, "P", "", Standard.ERC721, "", "", "", "", 0, "sandbox", "permanent", "", "");
        assertThat(only(good().withDescription(""), permanent).isError()).isTrue();
    }

    @Test
    void uriSchemesFollowTheProfile() {
        assertThat(only(good().withImage("ipfs://ipfs/" + CID), art).message()).contains("ipfs://<CID>/path");
        assertThat(only(good().withImage("ipfs://nope"), art).message()).contains("not an IPFS address");
        assertThat(issues(good().withImage("ar://" + "x".repeat(43)), art)).isEmpty();
        assertThat(only(good().withImage("ar://short"), art).message()).contains("Arweave");
        assertThat(issues(good().withImage("https://cdn.example/1.png"), art)).isEmpty();
        Issue http = only(good().withImage("http://cdn.example/1.png"), art);
        assertThat(http.isError()).isFalse();
        assertThat(only(good().withImage("ftp://x/1.png"), art).message()).contains("'ftp:'");
        Collection permanent = new Collection(1, "P", "", Standard.ERC721, "", "", "", "", 0, "sandbox", "permanent", "", "");
        assertThat(only(good().withImage("https://cdn.example/1.png"), permanent).message()).contains("content-addressed");
    }

    @Test
    void localFilesMustExistHaveAnAcceptedTypeAndSize() throws Exception {
        assertThat(only(good().withImage(dir.resolve("gone.png").toString()), art).message()).contains("is missing");
        Path txt = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(only(good().withImage(txt.toString()), art).message()).contains(".txt files are not accepted for image");
        Path empty = Files.createFile(dir.resolve("empty.png"));
        assertThat(only(good().withImage(empty.toString()), art).message()).contains("is empty");
        Path glb = Files.write(dir.resolve("m.glb"), new byte[] {1});
        assertThat(issues(good().withAnimationUrl(glb.toString()), art)).isEmpty();
        assertThat(only(good().withAnimationUrl(Files.write(dir.resolve("m.exe"), new byte[] {1}).toString()), art).message())
                .contains("animation_url");
    }

    @Test
    void fileChecksFromTheAssetsCapabilityAreIncluded() throws Exception {
        Path png = Files.write(dir.resolve("a.png"), new byte[] {1});
        ItemValidator withMedia = new ItemValidator((field, file, profile) -> List.of(Issue.warning(field, "small picture")));
        assertThat(withMedia.validate(good().withImage(png.toString()), art).issues())
                .containsExactly(Issue.warning("image", "small picture"));
    }

    @Test
    void backgroundColourIsSixHexDigitsWithoutHash() {
        assertThat(issues(good().withBackgroundColor("1A2b3c"), art)).isEmpty();
        assertThat(only(good().withBackgroundColor("#1a2b3c"), art).message()).contains("Remove the '#'").contains("1a2b3c");
        assertThat(only(good().withBackgroundColor("red"), art).message()).contains("six hex digits");
    }

    @Test
    void attributeRules() {
        assertThat(only(good().withAttributes(List.of(new Attribute("Level", "high", DisplayType.NUMBER, null))), art).message())
                .contains("not a number");
        assertThat(only(good().withAttributes(List.of(Attribute.number("Level", new BigDecimal("70"), DisplayType.NUMBER,
                new BigDecimal("60")))), art).message()).contains("above its max_value 60");
        assertThat(only(good().withAttributes(List.of(Attribute.number("Born", new BigDecimal("1.5"), DisplayType.DATE, null))), art)
                .message()).contains("whole seconds");
        assertThat(only(good().withAttributes(List.of(Attribute.text("Rarity", "Epic"), Attribute.text("rarity", "Rare"))), art)
                .isError()).isFalse();
        assertThat(only(good().withAttributes(List.of(new Attribute("Tier", "Gold", null, BigDecimal.TEN))), art).field())
                .isEqualTo("attributes[0].max_value");
    }

    @Test
    void supplyRulesDependOnTheStandard() {
        assertThat(only(good().withSupply(5), art).message()).contains("ERC-721 token is unique");
        Collection editions = Collection.draft("E", Standard.ERC1155).withId(2);
        assertThat(issues(good().withSupply(5), editions)).isEmpty();
        assertThat(only(good().withSupply(0), editions).message()).contains("supply is 0");
    }

    @Test
    void collectionRules() {
        Collection c = new Collection(1, "C", "", Standard.ERC721, "", "", "http://x.y", "", 250, "nowhere", "opensea", "", "");
        ValidationReport r = CollectionValidator.validate(c);
        assertThat(r.issues()).extracting(Issue::field)
                .containsExactly("symbol", "description", "royalty_receiver", "network", "external_link");
        assertThat(r.verdict()).isEqualTo(Verdict.ERRORS);
        Collection bad = new Collection(1, "C", "SYM", Standard.ERC721, "d", "", "", "0x52908400098527886E0F7030069857D2E4169ee7",
                250, "sandbox", "opensea", "", "");
        assertThat(CollectionValidator.validate(bad).issues()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("EIP-55 checksum"));
    }
}
