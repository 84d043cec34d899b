package dev.atelier.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.chain.contracts.ContractTemplate;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.crypto.Address;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.TestKeys;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls to Atelier's own contract templates — every state-changing function of the committed ABIs,
 * and their deployments — encoded by ethers from the ABI JSON, and by the chain package's
 * {@link TokenCalls} that minting uses, decoded exactly by the review.
 */
class TemplateCallsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ALICE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    static final String BOB = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    static final CallDecoder DECODER = CallDecoder.shipped();

    record Case(ContractTemplate template, String fn, String args) {
    }

    static final List<Case> CASES = List.of(
            new Case(ContractTemplate.ERC721, "safeMint", "[\"" + ALICE + "\", 7, \"ipfs://bafy/7.json\"]"),
            new Case(ContractTemplate.ERC721, "safeMintBatch", "[\"" + ALICE + "\", [1, 2, 3], [\"ipfs://a\", \"ipfs://b\", \"\"]]"),
            new Case(ContractTemplate.ERC721, "setTokenURI", "[7, \"ipfs://new\"]"),
            new Case(ContractTemplate.ERC721, "refreshMetadata", "[1, 100]"),
            new Case(ContractTemplate.ERC721, "setContractURI", "[\"ipfs://collection.json\"]"),
            new Case(ContractTemplate.ERC721, "burn", "[7]"),
            new Case(ContractTemplate.ERC721, "setDefaultRoyalty", "[\"" + BOB + "\", 500]"),
            new Case(ContractTemplate.ERC721, "setTokenRoyalty", "[7, \"" + BOB + "\", 250]"),
            new Case(ContractTemplate.ERC1155, "mint", "[\"" + ALICE + "\", 5, 100, \"ipfs://5.json\"]"),
            new Case(ContractTemplate.ERC1155, "mintBatch", "[\"" + ALICE + "\", [1, 2], [10, 20], [\"ipfs://1\", \"ipfs://2\"]]"),
            new Case(ContractTemplate.ERC1155, "setURI", "[5, \"ipfs://5b.json\"]"),
            new Case(ContractTemplate.ERC1155, "setBaseURI", "[\"ipfs://base/\"]"),
            new Case(ContractTemplate.ERC1155, "burn", "[\"" + ALICE + "\", 5, 1]"),
            new Case(ContractTemplate.ERC1155, "burnBatch", "[\"" + ALICE + "\", [1, 2], [3, 4]]"),
            new Case(ContractTemplate.ERC1155, "setTokenRoyalty", "[5, \"" + BOB + "\", 1000]"));
    static JsonNode encoded;

    @BeforeAll
    static void encodeWithEthersFromTheAbis() throws Exception {
        ArrayNode jobs = RefTools.jobs();
        for (Case c : CASES) {
            ObjectNode j = jobs.addObject().put("op", "encodeAbi").put("fn", c.fn());
            j.set("abi", c.template().abi());
            j.set("args", JSON.readTree(c.args()));
        }
        encoded = RefTools.ethers(jobs);
    }

    static DecodedCall decode(String hex) {
        CallDecoder.Result r = DECODER.decode(Hex.parse(hex, "data", 200_000));
        assertThat(r.outcome()).as(hex.substring(0, 10)).isEqualTo(CallDecoder.Outcome.DECODED);
        return r.call();
    }

    @Test
    void everyTemplateCallEthersMakesFromTheAbiDecodesWithItsNameAndArguments() throws Exception {
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            DecodedCall call = decode(encoded.get(i).get("data").asText());
            assertThat(call.selector()).as(c.fn()).isEqualTo(encoded.get(i).get("selector").asText());
            assertThat(call.name()).isEqualTo(c.fn());
            JsonNode args = JSON.readTree(c.args());
            assertThat(call.args()).as(c.fn()).hasSameSizeAs(args);
            for (int a = 0; a < args.size(); a++) {
                assertThat(flatten(call.args().get(a))).as("%s arg %d", c.fn(), a).isEqualTo(flatten(args.get(a)));
            }
        }
    }

    /** Values as comparable strings: numbers in decimal, addresses lowercase, arrays bracketed. */
    private static String flatten(Object v) {
        if (v instanceof DecodedArg a) {
            if (!a.elements().isEmpty() || a.value() instanceof List) {
                List<String> parts = new ArrayList<>();
                a.elements().forEach(e -> parts.add(flatten(e)));
                return parts.toString();
            }
            return a.value() instanceof Address addr ? addr.toLowerHex() : a.display();
        }
        JsonNode n = (JsonNode) v;
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(e -> parts.add(flatten(e)));
            return parts.toString();
        }
        return n.asText().startsWith("0x") ? n.asText().toLowerCase() : n.asText();
    }

    @Test
    void theTemplatesSpecificCallsAreNamedAsTheTemplatesAndStandardOnesKeepTheirStandard() {
        DecodedCall mint = decode(encoded.get(8).get("data").asText());
        assertThat(mint.standards()).containsExactly("Atelier ERC-1155");
        assertThat(mint.signature()).isEqualTo("mint(address to, uint256 id, uint256 amount, string tokenUri)");
        DecodedCall batch = decode(encoded.get(1).get("data").asText());
        assertThat(batch.standards()).containsExactly("Atelier ERC-721");
        DecodedCall royalty = decode(encoded.get(6).get("data").asText());
        assertThat(royalty.standards()).containsExactly("EIP-2981");
        assertThat(decode(encoded.get(4).get("data").asText()).standards()).containsExactly("Atelier ERC-721", "Atelier ERC-1155");
    }

    @Test
    void theCallsMintingSendsDecodeExactly() {
        Address alice = Address.parse(ALICE);
        DecodedCall m = decode(TokenCalls.mintBatch1155(alice, List.of(BigInteger.ONE, BigInteger.TWO),
                List.of(BigInteger.TEN, BigInteger.TEN), List.of("ipfs://x/1", "ipfs://x/2")));
        assertThat(m.name()).isEqualTo("mintBatch");
        assertThat(m.arg("uris").orElseThrow().elements()).extracting(DecodedArg::display).containsExactly("ipfs://x/1", "ipfs://x/2");
        DecodedCall s = decode(TokenCalls.safeMint(alice, BigInteger.valueOf(42), "ipfs://x/42"));
        assertThat(s.arg("tokenId").orElseThrow().value()).isEqualTo(BigInteger.valueOf(42));
        assertThat(decode(TokenCalls.setURI1155(BigInteger.ONE, "ipfs://y")).name()).isEqualTo("setURI");
        assertThat(decode(TokenCalls.setDefaultRoyalty(alice, 750)).arg(1).orElseThrow().value()).isEqualTo(BigInteger.valueOf(750));
        assertThat(decode(TokenCalls.refreshMetadata(BigInteger.ONE, BigInteger.TEN)).name()).isEqualTo("refreshMetadata");
    }

    @Test
    void aDeploymentOfATemplateIsRecognisedAndItsConstructorArgumentsShown() throws Exception {
        ArrayNode jobs = RefTools.jobs();
        ObjectNode j = jobs.addObject().put("op", "encodeDeploy").put("bytecode", ContractTemplate.ERC721.bytecode());
        j.set("abi", ContractTemplate.ERC721.abi());
        j.set("args", JSON.readTree("[\"Forest Sprites\", \"FSPR\", \"" + ALICE + "\", \"" + BOB + "\", 500]"));
        ObjectNode k = jobs.addObject().put("op", "encodeDeploy").put("bytecode", ContractTemplate.ERC1155.bytecode());
        k.set("abi", ContractTemplate.ERC1155.abi());
        k.set("args", JSON.readTree("[\"Items\", \"ITM\", \"ipfs://items/{id}.json\", \"" + ALICE + "\", \"" + BOB + "\", 0]"));
        JsonNode ref = RefTools.ethers(jobs);
        byte[] deploy721 = Hex.parse(ref.get(0).get("data").asText(), "data", 1 << 20);
        CallDecoder.Result r = DECODER.decodeDeploy(deploy721);
        assertThat(r.outcome()).isEqualTo(CallDecoder.Outcome.DECODED);
        assertThat(r.call().name()).isEqualTo("AtelierERC721");
        assertThat(r.call().selector()).isNull();
        assertThat(r.call().standards()).containsExactly("Atelier ERC-721 template: AtelierERC721");
        assertThat(r.call().arg("name").orElseThrow().display()).isEqualTo("Forest Sprites");
        assertThat(r.call().arg("owner").orElseThrow().value()).isEqualTo(Address.parse(ALICE));
        assertThat(r.call().arg("royaltyBasisPoints").orElseThrow().value()).isEqualTo(BigInteger.valueOf(500));
        CallDecoder.Result r1155 = DECODER.decodeDeploy(Hex.parse(ref.get(1).get("data").asText(), "data", 1 << 20));
        assertThat(r1155.call().arg("uriTemplate").orElseThrow().display()).isEqualTo("ipfs://items/{id}.json");

        // what the chain package deploys is the same bytes
        assertThat(ContractTemplate.ERC721.deployData(List.of(new org.web3j.abi.datatypes.Utf8String("Forest Sprites"),
                new org.web3j.abi.datatypes.Utf8String("FSPR"), new org.web3j.abi.datatypes.Address(ALICE),
                new org.web3j.abi.datatypes.Address(BOB), new org.web3j.abi.datatypes.generated.Uint96(500))))
                .isEqualToIgnoringCase(ref.get(0).get("data").asText());

        // other code, or the template with trailing garbage, is just code
        assertThat(DECODER.decodeDeploy(new byte[] {0x60, (byte) 0x80}).outcome()).isEqualTo(CallDecoder.Outcome.NO_DATA);
        byte[] extra = java.util.Arrays.copyOf(deploy721, deploy721.length + 1);
        assertThat(DECODER.decodeDeploy(extra).outcome()).isEqualTo(CallDecoder.Outcome.NO_DATA);

        // the review names the template in its contract-creation caution
        TestKeys keys = TestKeys.anvil();
        ObjectNode tx = JSON.createObjectNode().put("chainId", "0x7a69").put("nonce", "0x0").put("gas", "0x500000")
                .put("gasPrice", "0x1").put("data", ref.get(0).get("data").asText());
        ItemReview review = new Reviewer(ContactBook.EMPTY, ChainDirectory.NONE, keys.accounts(), 31337)
                .review(0, new SigningItem.Tx(TxRequestParser.parse(tx)), keys.address(0));
        assertThat(review.call().outcome()).isEqualTo(CallDecoder.Outcome.DECODED);
        assertThat(review.warnings()).anySatisfy(w -> assertThat(w.detail()).contains("the Atelier ERC-721 template: AtelierERC721, with the constructor arguments"));
    }
}
