package dev.atelier.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Signer;
import dev.atelier.testing.TestKeys;
import dev.atelier.testing.Vectors;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageSigningTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eip191VectorHashesAndSigns() {
        JsonNode v = Vectors.get("eip191");
        byte[] hash = Eip191.hash(v.get("text").asText().getBytes(StandardCharsets.UTF_8));
        assertThat(Hex.of(hash)).isEqualTo(v.get("hash").asText());
        Signer signer = new TestKeys().add("k", v.get("privateKey").asText()).signer(new TestKeys().add("k", v.get("privateKey").asText()).address(0));
        assertThat(Hex.of(signer.signDigest(hash).toBytes65())).isEqualTo(v.get("signature").asText());
    }

    @Test
    void eip712MailVectorHashesAndSigns() {
        JsonNode v = Vectors.get("eip712_mail");
        TypedData td = TypedData.parse(v.get("typedData"));
        assertThat(Hex.of(td.domainSeparator())).isEqualTo(v.get("domainSeparator").asText());
        assertThat(Hex.of(td.digest())).isEqualTo(v.get("digest").asText());
        TestKeys keys = new TestKeys().add("k", v.get("privateKey").asText());
        assertThat(keys.address(0).toChecksumHex()).isEqualTo(v.get("address").asText());
        assertThat(Hex.of(keys.signer(keys.address(0)).signDigest(td.digest()).toBytes65())).isEqualTo(v.get("signature").asText());
        assertThat(td.encodeType("Mail")).isEqualTo("Mail(Person from,Person to,string contents)Person(string name,address wallet)");
        assertThat(td.messageTree().child("to").orElseThrow().child("name").orElseThrow().value()).isEqualTo("Bob");
    }

    @Test
    void typedDataRefusesWhatWouldBeShownButNotSigned() throws Exception {
        JsonNode v = Vectors.get("eip712_mail").get("typedData").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) v.get("message")).put("amount", "1000");
        assertThatThrownBy(() -> TypedData.parse(v)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("message.amount is not a field of Mail");
        JsonNode missing = Vectors.get("eip712_mail").get("typedData").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) missing.get("message").get("to")).remove("wallet");
        assertThatThrownBy(() -> TypedData.parse(missing)).hasMessageContaining("message.to.wallet (address) is missing");
        JsonNode badBool = JSON.readTree("""
                {"types":{"EIP712Domain":[{"name":"name","type":"string"}],"T":[{"name":"ok","type":"bool"}]},
                 "primaryType":"T","domain":{"name":"x"},"message":{"ok":"false"}}""");
        assertThatThrownBy(() -> TypedData.parse(badBool)).hasMessageContaining("message.ok must be true or false");
    }
}
