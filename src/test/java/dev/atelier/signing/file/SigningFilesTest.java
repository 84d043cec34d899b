package dev.atelier.signing.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.signing.BatchSigner;
import dev.atelier.signing.ChainDirectory;
import dev.atelier.signing.ContactBook;
import dev.atelier.signing.Eip191;
import dev.atelier.signing.Hex;
import dev.atelier.signing.ItemReview;
import dev.atelier.signing.RawTxDecoder;
import dev.atelier.signing.Reviewer;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.TestKeys;
import dev.atelier.testing.Vectors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    final TestKeys keys = TestKeys.anvil();

    SigningRequest mixed() throws Exception {
        return mixed(0);
    }

    SigningRequest mixed(int firstNonce) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int i = firstNonce; i < firstNonce + 5; i++) {
            items.add(SigningRequest.txItem(JSON.readTree("""
                    {"from":"%s","chainId":"0x7a69","nonce":"%d","to":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC","value":"0x1",
                     "gas":"0x5208","maxFeePerGas":"0x3b9aca00","maxPriorityFeePerGas":"0x1"}""".formatted(keys.address(0), i))));
        }
        items.add(SigningRequest.messageItem(keys.address(1), "Hello from the studio \u00e9\n\t\"quoted\"", null));
        ObjectNode typed = Vectors.get("eip712_mail").get("typedData").deepCopy();
        ((ObjectNode) typed.get("domain")).put("chainId", 31337);
        items.add(SigningRequest.typedDataItem(keys.address(2), typed));
        return SigningRequest.create(31337, "Local sandbox", "Mint five and say hello", items);
    }

    @Test
    void digestIsKeccakOfTheRfc8785FormAsAnIndependentCanonicalizerComputesIt() throws Exception {
        SigningRequest req = mixed();
        ObjectNode withoutDigest = req.json();
        withoutDigest.remove("digest");
        var jobs = RefTools.jobs();
        jobs.addObject().put("op", "digestJson").set("value", withoutDigest);
        JsonNode ref = RefTools.ethers(jobs).get(0);
        assertThat(new String(CanonicalJson.bytes(withoutDigest), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ref.get("canonical").asText());
        assertThat(req.digest()).isEqualTo(ref.get("digest").asText());
    }

    @Test
    void aRequestRoundTripsThroughItsFileAndIsAnsweredByAVerifiableResponse() throws Exception {
        SigningRequest req = SigningRequest.parse(SigningFiles.parse(mixed().toBytes(), "request"));
        assertThat(req.items()).hasSize(7);
        Reviewer reviewer = new Reviewer(ContactBook.EMPTY, ChainDirectory.NONE, keys.accounts(), 31337);
        List<ItemReview> reviews = RequestSigner.review(req, reviewer, null);
        SigningResponse resp;
        try (BatchSigner batch = new BatchSigner(2)) {
            resp = RequestSigner.sign(req, reviews, keys, batch, ProgressSink.NONE);
        }
        SigningResponse back = SigningResponse.parse(SigningFiles.parse(resp.toBytes(), "response"));
        back.checkAnswers(req);
        assertThat(back.results()).hasSize(7);
        SigningResponse.TxResult first = (SigningResponse.TxResult) back.results().get(0);
        assertThat(RawTxDecoder.decodeSigned(dev.atelier.signing.Hex.parse(first.raw(), "raw", 10_000)).from()).isEqualTo(keys.address(0));
        assertThat(back.results().get(5).from()).isEqualTo(keys.address(1));
        assertThat(back.results().get(6).kind()).isEqualTo("typedData");
        assertThat(back.requestDigest()).isEqualTo(req.digest());
    }

    @Test
    void tamperingWithARequestIsDetected() throws Exception {
        ObjectNode json = mixed().json();
        ((ObjectNode) json.get("items").get(0).get("transaction")).put("to", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertThatThrownBy(() -> SigningRequest.parse(json)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("digest does not match");
        ObjectNode v2 = mixed().json();
        v2.put("version", 2);
        assertThatThrownBy(() -> SigningRequest.parse(v2)).hasMessageContaining("version 2").hasMessageContaining("Update Atelier");
        ObjectNode other = mixed().json();
        other.put("format", "something-else");
        assertThatThrownBy(() -> SigningRequest.parse(other)).hasMessageContaining("not an Atelier signing request");
    }

    @Test
    void aTransactionForAnotherChainThanTheRequestIsRefused() throws Exception {
        JsonNode tx = JSON.readTree("""
                {"chainId":"0x1","nonce":"0x0","to":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC","gas":"0x5208","gasPrice":"0x1"}""");
        assertThatThrownBy(() -> SigningRequest.create(31337, "Local sandbox", "x", List.of(SigningRequest.txItem(tx))))
                .hasMessageContaining("Item 1").hasMessageContaining("chainId 1 but the request is for chainId 31337");
    }

    @Test
    void aResponseThatLiesAboutItsSignerOrWasEditedIsRefused() throws Exception {
        SigningRequest req = mixed();
        SigningResponse resp;
        try (BatchSigner batch = new BatchSigner(1)) {
            resp = RequestSigner.sign(req, RequestSigner.review(req, new Reviewer(ContactBook.EMPTY, ChainDirectory.NONE,
                    keys.accounts(), 31337), null), keys, batch, ProgressSink.NONE);
        }
        ObjectNode lie = resp.json();
        ((ObjectNode) lie.get("results").get(0)).put("from", keys.address(2).toChecksumHex());
        lie.put("digest", SigningFiles.digest(lie));
        assertThatThrownBy(() -> SigningResponse.parse(lie)).hasMessageContaining("not by " + keys.address(2));
        ObjectNode edited = resp.json();
        ((ObjectNode) edited.get("results").get(5)).put("from", keys.address(2).toChecksumHex());
        assertThatThrownBy(() -> SigningResponse.parse(edited)).hasMessageContaining("digest does not match");
    }

    private SigningResponse signAll(SigningRequest req) {
        try (BatchSigner batch = new BatchSigner(2)) {
            return RequestSigner.sign(req, RequestSigner.review(req, new Reviewer(ContactBook.EMPTY, ChainDirectory.NONE,
                    keys.accounts(), 31337), null), keys, batch, ProgressSink.NONE);
        }
    }

    @Test
    void aResponseMadeForAnotherRequestIsRefusedEvenWithItsRequestDigestRewritten() throws Exception {
        SigningRequest asked = mixed(10);
        ObjectNode replay = signAll(mixed(0)).json();
        replay.put("requestDigest", asked.digest());
        replay.put("digest", SigningFiles.digest(replay)); // the response digest is a checksum anyone can recompute
        SigningResponse parsed = SigningResponse.parse(replay); // internally consistent: every signature is genuine
        assertThatThrownBy(() -> parsed.checkAnswers(asked)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("Result 1").hasMessageContaining("not the transaction item 1 of the request asked for");
        assertThatThrownBy(() -> SigningResponse.parseAnswer(replay, asked)).hasMessageContaining("not the transaction");
    }

    @Test
    void aResponseCannotSmuggleASignatureOverSomethingTheRequestDidNotAskFor() throws Exception {
        SigningRequest req = mixed();
        SigningResponse honest = signAll(req);
        honest.checkAnswers(req);

        byte[] other = Eip191.hash("I transfer everything to Mallory".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ObjectNode smuggled = honest.json();
        ((ObjectNode) smuggled.get("results").get(5)).put("digest", Hex.of(other))
                .put("signature", Hex.of(keys.signer(keys.address(1)).signDigest(other).toBytes65()));
        smuggled.put("digest", SigningFiles.digest(smuggled));
        SigningResponse parsed = SigningResponse.parse(smuggled);
        assertThatThrownBy(() -> parsed.checkAnswers(req)).hasMessageContaining("signs something other than item 6");

        // a genuine transaction by the same key, but not the one item 2 asked for
        ObjectNode swapped = honest.json();
        ((ObjectNode) swapped.get("results").get(1)).setAll((ObjectNode) signAll(mixed(10)).json().get("results").get(1));
        swapped.put("digest", SigningFiles.digest(swapped));
        SigningResponse parsedSwap = SigningResponse.parse(swapped);
        assertThatThrownBy(() -> parsedSwap.checkAnswers(req)).hasMessageContaining("not the transaction item 2");

        ObjectNode shorter = honest.json();
        ((com.fasterxml.jackson.databind.node.ArrayNode) shorter.get("results")).remove(6);
        shorter.put("digest", SigningFiles.digest(shorter));
        SigningResponse parsedShort = SigningResponse.parse(shorter);
        assertThatThrownBy(() -> parsedShort.checkAnswers(req)).hasMessageContaining("6 results for a request of 7 items");
    }

    @Test
    void aRefusedItemStopsTheWholeRequest() throws Exception {
        SigningRequest req = mixed();
        Reviewer elsewhere = new Reviewer(ContactBook.EMPTY, ChainDirectory.NONE, keys.accounts(), 1);
        try (BatchSigner batch = new BatchSigner(2)) {
            assertThatThrownBy(() -> RequestSigner.sign(req, RequestSigner.review(req, elsewhere, null), keys, batch, ProgressSink.NONE))
                    .hasMessageContaining("Item 1 cannot be signed").hasMessageContaining("selected network is chainId 1");
        }
    }

    @Test
    void canonicalJsonRefusesNumbersThatCannotBeExact() throws Exception {
        assertThatThrownBy(() -> CanonicalJson.bytes(JSON.readTree("{\"a\":1.5}"))).hasMessageContaining("write fractions");
        assertThatThrownBy(() -> CanonicalJson.bytes(JSON.readTree("{\"a\":90071992547409930}"))).hasMessageContaining("above 2^53");
    }
}
