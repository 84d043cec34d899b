package dev.atelier.studio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stored JSON forms of attributes and properties read back exactly, for every form the model allows. */
class ItemCodecTest {
    @Test
    void attributesAndPropertiesRoundTrip() {
        for (Item it : MetadataSchemaTest.randomItems(400, 17)) {
            assertThat(ItemCodec.attributes(ItemCodec.attributes(it.attributes()))).isEqualTo(it.attributes());
            assertThat(ItemCodec.properties(ItemCodec.properties(it.properties()))).isEqualTo(it.properties());
        }
        var odd = java.util.List.of(new Attribute("Tier", "Gold \"A\" ,[]", null, null),
                new Attribute("Max only", new java.math.BigDecimal("3.50"), null, new java.math.BigDecimal("10")),
                new Attribute("", "", null, null));
        assertThat(ItemCodec.attributes(ItemCodec.attributes(odd))).isEqualTo(odd);
    }
}
