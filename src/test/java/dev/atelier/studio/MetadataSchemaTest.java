package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exported metadata against the EIP-721 and EIP-1155 metadata JSON schemas (copied from the EIPs) and
 * a schema of OpenSea's documented fields; and our validator agrees with the OpenSea schema on the
 * fields the schema can judge.
 */
class MetadataSchemaTest {
    static final JsonSchema ERC721 = schema("erc721-metadata.schema.json");
    static final JsonSchema ERC1155 = schema("erc1155-metadata.schema.json");
    static final JsonSchema OPENSEA = schema("opensea-metadata.schema.json");
    static final UnaryOperator<String> AS_IS = s -> s;

    @TempDir
    Path dir;

    static JsonSchema schema(String name) {
        try (InputStream in = MetadataSchemaTest.class.getResourceAsStream("schemas/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seeded random items that use every field and attribute form the Studio can produce. */
    static List<Item> randomItems(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Attribute> attrs = new ArrayList<>();
            attrs.add(Attribute.text("Rarity", ScaleData.RARITY[r.nextInt(5)]));
            if (r.nextBoolean()) {
                attrs.add(Attribute.number("Level", BigDecimal.valueOf(r.nextInt(1, 60)), DisplayType.NUMBER, BigDecimal.valueOf(60)));
            }
            if (r.nextBoolean()) {
                attrs.add(Attribute.number("Speed", new BigDecimal(r.nextInt(0, 1000) + ".5"), DisplayType.BOOST_PERCENTAGE, null));
            }
            if (r.nextBoolean()) {
                attrs.add(Attribute.number("Born", BigDecimal.valueOf(1_546_360_800L + r.nextInt(1_000_000)), DisplayType.DATE, null));
            }
            if (r.nextBoolean()) {
                attrs.add(new Attribute("Weight", Attribute.parseValue(Integer.toString(r.nextInt(100))), null, null));
            }
            List<GameProperty> props = List.of(new GameProperty("damage", PropertyType.INTEGER, BigInteger.valueOf(r.nextInt(500))),
                    new GameProperty("crit", PropertyType.DECIMAL, new BigDecimal("0.25")),
                    new GameProperty("tradeable", PropertyType.BOOLEAN, r.nextBoolean()),
                    new GameProperty("slot", PropertyType.TEXT, "hand \"main\" ü"));
            out.add(Item.draft(1, TokenId.of(i + 1), "Item \"" + i + "\" ✓").withDescription(r.nextBoolean() ? "" : "**Bold** line\nnext")
                    .withImage("ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/" + i + ".png")
                    .withAnimationUrl(r.nextBoolean() ? "" : "ar://" + "a".repeat(43))
                    .withExternalUrl(r.nextBoolean() ? "" : "https://example.com/items/" + i)
                    .withBackgroundColor(r.nextBoolean() ? "" : String.format("%06x", r.nextInt(0x1000000)))
                    .withAttributes(attrs).withProperties(props));
        }
        return out;
    }

    @Test
    void everyExportedDocumentIsValidErc721Erc1155AndOpenSeaMetadata() {
        for (Item it : randomItems(300, 11)) {
            JsonNode json = Metadata.toJson(it, AS_IS);
            assertThat(ERC721.validate(json)).as(json.toString()).isEmpty();
            assertThat(ERC1155.validate(json)).as(json.toString()).isEmpty();
            assertThat(OPENSEA.validate(json)).as(json.toString()).isEmpty();
        }
    }

    @Test
    void exportedJsonKeepsTypesAndNumbersExactly() throws Exception {
        Item it = Item.draft(1, TokenId.of(5), "Axe").withImage("ipfs://x")
                .withAttributes(List.of(Attribute.number("Power", new BigDecimal("12.50"), DisplayType.BOOST_NUMBER, new BigDecimal("100")),
                        Attribute.text("Tier", "Gold")))
                .withProperties(List.of(new GameProperty("damage", PropertyType.INTEGER, new BigInteger("123456789012345678901234567890")),
                        new GameProperty("tradeable", PropertyType.BOOLEAN, true)));
        String text = Metadata.toJsonText(it, AS_IS);
        JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        assertThat(text).contains("\"value\" : 12.50").contains("\"max_value\" : 100").contains("123456789012345678901234567890");
        assertThat(n.get("attributes").get(0).get("display_type").asText()).isEqualTo("boost_number");
        assertThat(n.get("attributes").get(1).get("value").isTextual()).isTrue();
        assertThat(n.get("properties").get("tradeable").isBoolean()).isTrue();
        assertThat(n.has("animation_url")).isFalse();
    }

    @Test
    void validatorAndOpenSeaSchemaAgreeOnBackgroundColours() {
        SplittableRandom r = new SplittableRandom(3);
        String alphabet = "0123456789abcdefABCDEFg#x ";
        Collection c = Collection.draft("C", Standard.ERC721).withId(1);
        ItemValidator v = new ItemValidator(MediaCheck.NONE);
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(1, 9);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            Item it = Item.draft(1, TokenId.of(1), "A").withImage("ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi")
                    .withDescription("d").withBackgroundColor(b.toString());
            Set<ValidationMessage> schema = OPENSEA.validate(Metadata.toJson(it, AS_IS));
            boolean ours = v.validate(it, c).issues().stream().anyMatch(x -> x.field().equals("background_color") && x.isError());
            assertThat(ours).as("'%s' schema says %s", b, schema).isEqualTo(!schema.isEmpty());
        }
    }

    @Test
    void importedMetadataRoundTripsThroughParse() {
        for (Item it : randomItems(50, 5)) {
            Metadata.Parsed p = Metadata.parse(Metadata.toJson(it, AS_IS));
            Item back = p.toItem(1, it.tokenId());
            assertThat(back.sameContent(it)).as(Metadata.toJsonText(it, AS_IS)).isTrue();
        }
    }
}
