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
