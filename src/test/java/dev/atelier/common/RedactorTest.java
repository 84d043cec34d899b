package dev.atelier.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {
    static final String KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    @Test
    void masksPrivateKeysWithOrWithoutPrefixInAnyCase() {
        assertThat(Redactor.redact("key=0x" + KEY + " end")).isEqualTo("key=" + Redactor.MASK + " end");
        assertThat(Redactor.redact("key " + KEY.toUpperCase())).isEqualTo("key " + Redactor.MASK);
    }

    @Test
    void keepsAddressesAndShorterHex() {
        String addr = "sent to 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 selector 0xa9059cbb";
        assertThat(Redactor.redact(addr)).isEqualTo(addr);
    }

    @Test
    void doesNotMaskPartOfALongerHexBlob() {
        String calldata = "0x" + KEY + "00";
        assertThat(Redactor.redact(calldata)).isEqualTo(calldata);
    }

    @Test
    void masksMnemonicsOf12OrMoreWords() {
        String m = "test test test test test test test test test test test junk";
        assertThat(Redactor.redact("restored from " + m + " ok")).isEqualTo("restored from " + Redactor.MASK + " ok");
        String m24 = "abandon ".repeat(23) + "art";
        assertThat(Redactor.redact(m24)).isEqualTo(Redactor.MASK);
    }

    @Test
    void keepsOrdinarySentences() {
        String s = "Migrated studio.db to schema V3 (studio catalog) in 12 ms";
        assertThat(Redactor.redact(s)).isEqualTo(s);
        String elevenWords = "test test test test test test test test test test junk";
        assertThat(Redactor.redact(elevenWords)).isEqualTo(elevenWords);
    }
}
