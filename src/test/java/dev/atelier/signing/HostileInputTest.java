package dev.atelier.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.crypto.Signature;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.testing.TestKeys;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Crafted input an attacker controls (a request file, a QR code, a raw transaction to decode) must
 * be refused with a message, in bounded memory, never crash the signer.
 */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Bytes allocated by this thread while {@code r} runs (HotSpot's per-thread allocation counter). */
    private static long allocatedBy(Runnable r) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getCurrentThreadAllocatedBytes();
        r.run();
        return mx.getCurrentThreadAllocatedBytes() - before;
    }

    private static void putWord(byte[] d, int off, long v) {
        for (int i = 0; i < 8; i++) {
            d[off + 31 - i] = (byte) (v >>> (8 * i));
        }
    }

    /** What {@code r} throws when run on a thread with the JVM's usual 1 MB stack (as the UI's task threads have). */
    private static Throwable thrownOnAThread(Runnable r) throws InterruptedException {
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                r.run();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "decode", 1 << 20);
        t.start();
        t.join();
        return thrown[0];
    }

    @Test
    void deeplyNestedRlpIsRefusedNotAStackOverflow() throws Exception {
        int depth = 30_000; // 120 KB: within the raw-transaction size limit
        byte[] raw = new byte[1 + 4 * depth];
        raw[0] = 0x02;
        for (int i = 0; i < depth; i++) {
            int len = (depth - i - 1) * 4;
            raw[1 + 4 * i] = (byte) 0xfa; // a list with a 3-byte length
            raw[2 + 4 * i] = (byte) (len >>> 16);
            raw[3 + 4 * i] = (byte) (len >>> 8);
            raw[4 + 4 * i] = (byte) len;
        }
        assertThat(thrownOnAThread(() -> RawTxDecoder.decodeSigned(raw))).isInstanceOf(AtelierException.class)
                .hasMessageContaining("nests RLP lists more than 4 deep");
        assertThatThrownBy(() -> RawTxDecoder.decodeUnsigned(raw, 1)).isInstanceOf(AtelierException.class);
        byte[] legacy = Arrays.copyOfRange(raw, 1, raw.length);
        assertThatThrownBy(() -> RawTxDecoder.decodeSigned(legacy)).isInstanceOf(AtelierException.class);
        assertThatThrownBy(() -> RawTxDecoder.decodeSigned(new byte[] {(byte) 0xf8, 0x05, (byte) 0x80})).hasMessageContaining("truncated");
    }

    @Test
    void calldataWhoseOffsetsAllPointAtOneBlobIsRefusedWithoutMaterialisingIt() {
        // multicall(bytes[]) whose 2,000 element offsets all point at the same 60 KB bytes value:
        // 124 KB of calldata that a naive decoder expands into 2,000 copies (120 MB, more as hex)
        byte[] selector = FunctionSignature.parse("x", "multicall(bytes[] data)").selector();
        int n = 2_000;
        int blob = 60_000;
        byte[] data = new byte[4 + 32 + 32 + 32 * n + 32 + blob];
        System.arraycopy(selector, 0, data, 0, 4);
        putWord(data, 4, 32);
        putWord(data, 36, n);
        for (int i = 0; i < n; i++) {
            putWord(data, 68 + 32 * i, 32L * n);
        }
        putWord(data, 68 + 32 * n, blob);
        assertThat(data.length).isLessThan(TxRequestParser.MAX_DATA_BYTES);
        CallDecoder.Result[] r = new CallDecoder.Result[1];
        long allocated = allocatedBy(() -> r[0] = CallDecoder.shipped().decode(data));
        assertThat(r[0].outcome()).isEqualTo(CallDecoder.Outcome.MALFORMED);
        assertThat(allocated).as("bytes allocated decoding 124 KB of calldata").isLessThan(16L << 20);
    }

    @Test
    void anArrayLengthLargerThanTheCalldataIsRefusedBeforeDecoding() {
        byte[] selector = FunctionSignature.parse("x", "burnBatch(address account, uint256[] ids, uint256[] values)").selector();
        byte[] data = new byte[4 + 32 * 6];
        System.arraycopy(selector, 0, data, 0, 4);
        putWord(data, 36, 96);
        putWord(data, 68, 128);
        putWord(data, 100, Integer.MAX_VALUE); // ids.length
        long allocated = allocatedBy(() -> assertThat(CallDecoder.shipped().decode(data).outcome())
                .isEqualTo(CallDecoder.Outcome.MALFORMED));
        assertThat(allocated).isLessThan(4L << 20);
    }

    @Test
    void nonAsciiDigitsAreRefusedWithAMessageEverywhere() {
        String fullWidth = "\uff11\uff10"; // "１０": Character.digit reads it as 10
        assertThatThrownBy(() -> Hex.parse("0x" + fullWidth, "data", 10)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("not a hex digit");
        assertThatThrownBy(() -> Quantity.parse(new TextNode("0x" + fullWidth), "value", 256)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("not a hex number");
        assertThatThrownBy(() -> Quantity.parse(new TextNode(fullWidth), "value", 256)).isInstanceOf(AtelierException.class);
        String address = "0x" + "\uff11".repeat(40);
        assertThatThrownBy(() -> Address.parse(address)).isInstanceOf(AtelierException.class).hasMessageContaining("Not an address");
    }

    @Test
    void aHighSSignatureIsRefusedWhenDecoding() throws Exception {
        TestKeys keys = TestKeys.anvil();
        JsonNode req = JSON.readTree("""
                {"type":"0x2","chainId":"0x1","nonce":"0x0","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                 "gas":"0x5208","maxFeePerGas":"0x2","maxPriorityFeePerGas":"0x1"}""");
        TxRequest tx = TxRequestParser.parse(req);
        SignedTx good = TxSigner.sign(tx, keys.signer(keys.address(0)));
        Signature low = RawTxDecoder.decodeSigned(good.raw()).signature();
        // the malleated twin: s' = n - s with the other parity recovers the same sender, and EIP-2 forbids it
        Signature high = new Signature(low.r(), Secp256k1.N.subtract(low.s()), low.recoveryId() ^ 1);
        byte[] malleated = TxEncoder.signed(tx, high);
        assertThat(Secp256k1.recoverAddress(TxEncoder.signingHash(tx), high)).isEqualTo(keys.address(0));
        assertThatThrownBy(() -> RawTxDecoder.decodeSigned(malleated)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("upper half").hasMessageContaining("EIP-2");
    }

    @Test
    void typedDataThatMakesEncodeTypeHugeIsRefused() throws Exception {
        // 200 types × 100 fields, each instance cheap: without a bound on all fields together, every one
        // of thousands of small values would hash an encodeType string of ~400 KB
        ObjectNode root = JSON.createObjectNode();
        ObjectNode types = root.putObject("types");
        types.putArray("EIP712Domain").addObject().put("name", "name").put("type", "string");
        ArrayNode s = types.putArray("S");
        s.addObject().put("name", "t").put("type", "T0[]");
        for (int t = 0; t < 200; t++) {
            ArrayNode fields = types.putArray("T" + t);
            for (int f = 0; f < 99; f++) {
                fields.addObject().put("name", "f" + f).put("type", "uint256");
            }
            fields.addObject().put("name", "next").put("type", "T" + (t + 1) % 200 + "[]");
        }
        types.putArray("M").addObject().put("name", "list").put("type", "S[]");
        root.put("primaryType", "M");
        root.putObject("domain").put("name", "x");
        ArrayNode list = root.putObject("message").putArray("list");
        for (int i = 0; i < 1000; i++) {
            list.addObject().putArray("t");
        }
        assertThatThrownBy(() -> TypedData.parse(root)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("more than 1024 fields");
    }

    @Test
    void typedDataStringsMustBeTextNotLoneSurrogates() throws Exception {
        JsonNode td = JSON.readTree("""
                {"types":{"EIP712Domain":[{"name":"name","type":"string"}],"M":[{"name":"s","type":"string"}]},
                 "primaryType":"M","domain":{"name":"x"},"message":{"s":"pay \\ud800 now"}}""");
        assertThatThrownBy(() -> TypedData.parse(td)).isInstanceOf(AtelierException.class).hasMessageContaining("surrogate");
    }

    @Test
    void aSigningFileThatNamesAFieldTwiceIsRefused() {
        byte[] twice = """
                {"chainId":"0x1","nonce":"0x0","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                 "to":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC","gas":"0x5208","gasPrice":"0x1"}"""
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SigningFiles.parse(twice, "request.json")).isInstanceOf(AtelierException.class)
                .hasMessageContaining("Duplicate field 'to'");
        assertThatThrownBy(() -> dev.atelier.signing.file.JsonSequence.parse(twice, "a request"))
                .isInstanceOf(AtelierException.class).hasMessageContaining("Duplicate field 'to'");
    }

    @Test
    void standardLayoutsOfEveryShapePassTheLayoutCheck() throws Exception {
        // the layout check must never refuse a genuine encoding: nested dynamic types encoded by ethers
        String sig = "f(uint256,bytes,string[],uint256[2][],bytes[2],address[],string)";
        ArrayNode jobs = dev.atelier.testing.RefTools.jobs();
        ObjectNode job = jobs.addObject().put("op", "encodeCall").put("signature", sig);
        job.set("args", JSON.readTree("""
                ["10", "0x%s", ["a", "", "ccc"], [[1, 2], [3, 4]], ["0x01", "0x%s"], [], "%s"]"""
                .formatted("ab".repeat(70), "cd".repeat(33), "x".repeat(100))));
        jobs.addObject().put("op", "encodeCall").put("signature", sig).set("args", JSON.readTree("""
                ["0", "0x", [], [], ["0x", "0x"], ["0x70997970C51812dc3A010C7d01b50e0d17dc79C8"], ""]"""));
        JsonNode ref = dev.atelier.testing.RefTools.ethers(jobs);
        List<String> types = List.of("uint256", "bytes", "string[]", "uint256[2][]", "bytes[2]", "address[]", "string");
        for (JsonNode r : ref) {
            byte[] data = Hex.parse(r.get("data").asText(), "data", 100_000);
            assertThat(AbiLayout.isStandard(types, data, 4)).as(r.get("data").asText()).isTrue();
            assertThat(AbiLayout.isStandard(types, Arrays.copyOf(data, data.length + 32), 4)).isFalse();
            assertThat(AbiLayout.isStandard(types, Arrays.copyOf(data, data.length - 32), 4)).isFalse();
        }
    }
}
