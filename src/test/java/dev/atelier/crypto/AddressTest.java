package dev.atelier.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.testing.Vectors;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AddressTest {
    @Test
    void eip55VectorsRoundTrip() {
        JsonNode list = Vectors.get("eip55").get("valid");
        assertThat(list.size()).isGreaterThan(3);
        for (JsonNode v : list) {
            String expected = v.asText();
            assertThat(Address.parse(expected.toLowerCase(Locale.ROOT).replace("0X", "0x")).toChecksumHex()).isEqualTo(expected);
            assertThat(Address.parse(expected).toChecksumHex()).isEqualTo(expected);
        }
    }

    @Test
    void aMistypedChecksumIsRefusedWithAMessage() {
        for (JsonNode bad : Vectors.get("eip55").get("invalidChecksum")) {
            assertThatThrownBy(() -> Address.parse(bad.asText())).isInstanceOf(AtelierException.class).hasMessageContaining("checksum");
        }
        assertThatThrownBy(() -> Address.parse("0x1234")).isInstanceOf(AtelierException.class).hasMessageContaining("40 hex digits");
        assertThatThrownBy(() -> Address.parse("hello")).isInstanceOf(AtelierException.class);
    }

    /**
     * The message of a refused address reaches the screen and the log. A private key pasted into an address
     * field must not: the old message repeated 47 characters of it, which the log's 64-hex redaction misses.
     */
    @Test
    void aPrivateKeyPastedAsAnAddressIsNeverRepeated() {
        String key = Vectors.get("bip44_eth_test_junk").get("accounts").get(0).get("privateKey").asText();
        for (String pasted : new String[] {key, key.substring(2), " " + key + "\n", key + "00"}) {
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Address.parse(pasted));
            assertThat(t).isInstanceOf(AtelierException.class);
            for (int i = 2; i + 10 <= key.length(); i++) {
                assertThat(t.getMessage()).as(pasted).doesNotContain(key.substring(i, i + 10));
            }
        }
        assertThatThrownBy(() -> Address.parse(key)).hasMessageContaining("length of a private key, not an address");
        assertThatThrownBy(() -> Address.parse("0x\uFF11" + "2".repeat(39))).isInstanceOf(AtelierException.class)
                .hasMessageContaining("40 hex digits");
    }

    @Test
    void addressesOfTheBip44TestAccounts() {
        for (JsonNode acct : Vectors.get("bip44_eth_test_junk").get("accounts")) {
            byte[] key = HexFormat.of().parseHex(acct.get("privateKey").asText().substring(2));
            assertThat(Secp256k1.address(key).toChecksumHex()).isEqualTo(acct.get("address").asText());
        }
    }

    @Test
    void keccakOfEmptyInput() {
        assertThat("0x" + HexFormat.of().formatHex(Keccak.hash256(new byte[0]))).isEqualTo(Vectors.get("keccak256_empty").asText());
    }
}
