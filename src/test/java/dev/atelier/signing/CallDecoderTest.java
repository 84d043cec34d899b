package dev.atelier.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.crypto.Address;
import dev.atelier.testing.RefTools;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Calldata made by ethers for each supported standard, decoded by us. */
class CallDecoderTest {
    static final String ALICE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    static final String BOB = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    static JsonNode calls;
    static final CallDecoder DECODER = CallDecoder.shipped();

    record Call(String signature, String argsJson) {
    }

    static final List<Call> CALLS = List.of(
            new Call("transfer(address,uint256)", "[\"" + ALICE + "\", \"1000000000000000000\"]"),
            new Call("approve(address,uint256)", "[\"" + BOB + "\", \"115792089237316195423570985008687907853269984665640564039457584007913129639935\"]"),
            new Call("setApprovalForAll(address,bool)", "[\"" + BOB + "\", true]"),
            new Call("safeTransferFrom(address,address,uint256,bytes)", "[\"" + ALICE + "\", \"" + BOB + "\", 7, \"0xcafe\"]"),
            new Call("safeBatchTransferFrom(address,address,uint256[],uint256[],bytes)", "[\"" + ALICE + "\", \"" + BOB + "\", [1,2,3], [10,20,30], \"0x\"]"),
            new Call("setTokenRoyalty(uint256,address,uint96)", "[42, \"" + ALICE + "\", 500]"),
            new Call("transferOwnership(address)", "[\"" + BOB + "\"]"),
            new Call("setTokenURI(uint256,string)", "[3, \"ipfs://bafy/3.json\"]"),
            new Call("safeMint(address,uint256,string)", "[\"" + ALICE + "\", 1, \"ipfs://bafy/1.json\"]"),
            new Call("mintBatch(address,uint256[],uint256[],string[])", "[\"" + ALICE + "\", [1,2], [5,6], [\"ipfs://1\", \"ipfs://2\"]]"),
            new Call("renounceOwnership()", "[]"),
            new Call("permit(address,address,uint256,uint256,uint8,bytes32,bytes32)", "[\"" + ALICE + "\", \"" + BOB + "\", 5, 1700000000, 27, \"0x" + "11".repeat(32) + "\", \"0x" + "22".repeat(32) + "\"]"));

    @BeforeAll
    static void encodeWithEthers() throws Exception {
        ArrayNode jobs = RefTools.jobs();
        for (Call c : CALLS) {
            ObjectNode j = jobs.addObject();
            j.put("op", "encodeCall").put("signature", c.signature());
            j.set("args", new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.argsJson()));
        }
        calls = RefTools.ethers(jobs);
    }

    static DecodedCall decode(int i) {
        byte[] data = Hex.parse(calls.get(i).get("data").asText(), "data", 100_000);
        CallDecoder.Result r = DECODER.decode(data);
        assertThat(r.outcome()).as(CALLS.get(i).signature()).isEqualTo(CallDecoder.Outcome.DECODED);
        return r.call();
    }

    @Test
    void erc20Transfer() {
        DecodedCall c = decode(0);
        assertThat(c.signature()).isEqualTo("transfer(address to, uint256 amount)");
        assertThat(c.standards()).containsExactly("ERC-20");
        assertThat(c.arg("to").orElseThrow().value()).isEqualTo(Address.parse(ALICE));
        assertThat(c.arg("amount").orElseThrow().value()).isEqualTo(new BigInteger("1000000000000000000"));
        assertThat(c.selector()).isEqualTo("0xa9059cbb");
    }

    @Test
    void approveIsSharedByErc20AndErc721() {
        DecodedCall c = decode(1);
        assertThat(c.selector()).isEqualTo("0x095ea7b3");
        assertThat(c.standards()).containsExactly("ERC-20", "ERC-721");
        assertThat(c.args().get(0).name()).isEqualTo("spender / to");
        assertThat(c.args().get(1).value()).isEqualTo(Quantity.UINT256_MAX);
    }

    @Test
    void erc721AndErc1155() {
        DecodedCall approval = decode(2);
        assertThat(approval.selector()).isEqualTo("0xa22cb465");
        assertThat(approval.standards()).containsExactly("ERC-721", "ERC-1155");
        assertThat(approval.arg(1).orElseThrow().value()).isEqualTo(true);
        DecodedCall safe = decode(3);
        assertThat(safe.selector()).isEqualTo("0xb88d4fde");
        assertThat((byte[]) safe.arg("data").orElseThrow().value()).isEqualTo(HexFormat.of().parseHex("cafe"));
        DecodedCall batch = decode(4);
        assertThat(batch.selector()).isEqualTo("0x2eb2c2d6");
        assertThat(batch.arg("ids").orElseThrow().elements()).extracting(DecodedArg::display).containsExactly("1", "2", "3");
        assertThat(batch.arg("values").orElseThrow().elements()).extracting(DecodedArg::value)
                .containsExactly(BigInteger.TEN, BigInteger.valueOf(20), BigInteger.valueOf(30));
    }

    @Test
    void royaltiesOwnableMetadataAndTemplates() {
        assertThat(decode(5).standards()).containsExactly("EIP-2981");
        assertThat(decode(5).arg("feeNumerator").orElseThrow().value()).isEqualTo(BigInteger.valueOf(500));
        assertThat(decode(6).selector()).isEqualTo("0xf2fde38b");
        assertThat(decode(6).standards()).containsExactly("Ownable");
        assertThat(decode(7).standards()).containsExactly("ERC-4906");
        assertThat(decode(7).arg("uri").orElseThrow().value()).isEqualTo("ipfs://bafy/3.json");
        assertThat(decode(8).standards()).containsExactly("Atelier ERC-721");
        assertThat(decode(9).arg("amounts").orElseThrow().elements()).hasSize(2);
        assertThat(decode(9).standards()).containsExactly("Atelier ERC-1155");
        assertThat(decode(10).selector()).isEqualTo("0x715018a6");
        assertThat(decode(11).selector()).isEqualTo("0xd505accf");
    }

    @Test
    void multicallIsDecodedAsATreeOfCalls() throws Exception {
        ArrayNode jobs = RefTools.jobs();
        ObjectNode j = jobs.addObject().put("op", "encodeCall").put("signature", "multicall(bytes[])");
        j.putArray("args").addArray().add(calls.get(0).get("data").asText()).add(calls.get(2).get("data").asText());
        byte[] data = Hex.parse(RefTools.ethers(jobs).get(0).get("data").asText(), "data", 100_000);
        DecodedCall c = DECODER.decode(data).call();
        assertThat(c.selector()).isEqualTo("0xac9650d8");
        List<DecodedArg> inner = c.arg("data").orElseThrow().elements();
        assertThat(inner).hasSize(2);
        assertThat(inner.get(0).innerCall().name()).isEqualTo("transfer");
        assertThat(inner.get(1).innerCall().name()).isEqualTo("setApprovalForAll");
    }

    @Test
    void unknownSelectorsTruncatedAndNonCanonicalCalldata() {
        assertThat(DECODER.decode(new byte[0]).outcome()).isEqualTo(CallDecoder.Outcome.NO_DATA);
        assertThat(DECODER.decode(HexFormat.of().parseHex("12345678")).outcome()).isEqualTo(CallDecoder.Outcome.UNKNOWN_SELECTOR);
        assertThat(DECODER.decode(HexFormat.of().parseHex("a9")).outcome()).isEqualTo(CallDecoder.Outcome.UNKNOWN_SELECTOR);
        byte[] good = Hex.parse(calls.get(0).get("data").asText(), "data", 1000);
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
        assertThat(DECODER.decode(truncated).outcome()).isEqualTo(CallDecoder.Outcome.MALFORMED);
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 32);
        assertThat(DECODER.decode(trailing).outcome()).isEqualTo(CallDecoder.Outcome.MALFORMED);
        byte[] dirtyAddress = good.clone();
        dirtyAddress[4] = 1; // a non-zero byte in the padding of the address word
        assertThat(DECODER.decode(dirtyAddress).outcome()).isEqualTo(CallDecoder.Outcome.MALFORMED);
    }

    @Test
    void everyShippedSignatureHasAWellFormedSelector() {
        assertThat(DECODER.size()).isGreaterThan(70);
        assertThat(DECODER.candidates("0x42842e0e")).extracting(FunctionSignature::canonical)
                .containsExactly("safeTransferFrom(address,address,uint256)");
        assertThat(DECODER.candidates("0xd0e30db0")).extracting(FunctionSignature::name).containsExactly("deposit");
    }
}
