package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sparrowwallet.hummingbird.URDecoder;
import dev.atelier.crypto.Address;
import dev.atelier.signing.TxRequestParser;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.signing.qr.Erc4527Test;
import dev.atelier.signing.qr.EthSignature;
import dev.atelier.signing.qr.QrCodes;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.TestKeys;
import dev.atelier.testing.Vectors;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing CLI contract (README "Command line") against a real vault, cross-checked with cast and ethers. */
class SignCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASS = "signing cli passphrase";
    static final String A0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    static final String A1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    static final String BOB = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.strip().split("\\R"));
        }
    }

    Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 2];
        full[0] = "--home";
        full[1] = dir.resolve("home").toString();
        System.arraycopy(args, 0, full, 2, args.length);
        int code = AtelierCli.execute(full, new CliIo(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), Map.of("ATELIER_PASSPHRASE", PASS)),
                KdfPolicy.testingOnly(TestVaults.CHEAP));
        Result r = new Result(code, out.toString(), err.toString());
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        return r;
    }

    @BeforeEach
    void vaultWithTwoKeysAndAWatchOnlyAccount() {
        assertThat(run("", "vault", "init").code()).isZero();
        assertThat(run(TestKeys.ANVIL_0 + "\n", "account", "import-key", "--label", "Dev 0").out().strip()).isEqualTo(A0);
        assertThat(run(TestKeys.ANVIL_1 + "\n", "account", "import-key", "--label", "Dev 1").out().strip()).isEqualTo(A1);
        assertThat(run("", "account", "watch", BOB, "--label", "Bob").code()).isZero();
    }

    Result lean(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 2];
        full[0] = "--home=" + dir.resolve("home");
        full[1] = "sign";
        System.arraycopy(args, 0, full, 2, args.length);
        LeanSignTx.Args parsed = LeanSignTx.parse(full).orElseThrow();
        int code = LeanSignTx.run(parsed, new CliIo(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), Map.of("ATELIER_PASSPHRASE", PASS)));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theLeanStartOfSignTxBehavesExactlyLikeTheFullCommandLine() throws Exception {
        String batch = tx(A0, 0, ",\"maxFeePerGas\":\"30000000000\",\"maxPriorityFeePerGas\":\"1\"") + "\n"
                + tx(null, 1, ",\"gasPrice\":\"0x1\"") + "\n";
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, batch);
        Result full = run("", "sign", "tx", "--from", A0, "--in", file.toString());
        assertThat(full.code()).isZero();
        assertThat(full.lines()).hasSize(2);
        assertThat(lean("", "tx", "--from", A0, "--in", file.toString())).isEqualTo(full);
        assertThat(lean(batch, "tx", "--in=-", "--from=" + A0)).isEqualTo(full);
        // failures: same message, same exit code, nothing on stdout
        String wrongChain = tx(A0, 0, ",\"gasPrice\":\"0x1\"").replace("\"31337\"", "\"1\"");
        Result refusedFull = run(wrongChain, "sign", "tx");
        assertThat(refusedFull.code()).isEqualTo(1);
        assertThat(lean(wrongChain, "tx")).isEqualTo(refusedFull);
        Result noFrom = run(tx(null, 0, ",\"gasPrice\":\"0x1\""), "sign", "tx");
        assertThat(lean(tx(null, 0, ",\"gasPrice\":\"0x1\""), "tx")).isEqualTo(noFrom);
        // anything but the plain forms is left to picocli (help, unknown or repeated options, missing values)
        for (String[] other : new String[][] {{"sign", "tx", "--help"}, {"sign", "tx", "--in"}, {"sign", "tx", "--bogus"},
            {"sign", "tx", "--from", A0, "--from", A1}, {"sign", "message", "--text", "x"}, {"sign"}, {"--home", "h"},
            {"sign", "tx", "--from", "--in", "f"}}) {
            assertThat(LeanSignTx.parse(other)).as(String.join(" ", other)).isEmpty();
        }
        assertThat(LeanSignTx.parse(new String[] {"sign", "tx", "--passphrase-file", "p", "--in", "-"}).orElseThrow().in())
                .isEqualTo(Path.of("-"));
    }

    static String tx(String from, int nonce, String extra) {
        return "{" + (from == null ? "" : "\"from\":\"" + from + "\",") + "\"chainId\":\"31337\",\"nonce\":\"" + nonce
                + "\",\"to\":\"" + BOB + "\",\"value\":\"0x2386f26fc10000\",\"gas\":\"0x5208\"" + extra + "}";
    }

    @Test
    void signTxPrintsOneRawTransactionPerRequestIdenticalToCast() throws Exception {
        String lines = tx(A0, 0, ",\"maxFeePerGas\":\"30000000000\",\"maxPriorityFeePerGas\":\"1000000000\"") + "\n"
                + tx(A0, 1, ",\"gasPrice\":\"0x4a817c800\"") + "\n"
                + tx(A0, 2, ",\"gasPrice\":\"0x4a817c800\",\"accessList\":[]") + "\n";
        Path in = Files.writeString(dir.resolve("batch.jsonl"), lines);
        Result r = run("", "sign", "tx", "--in", in.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> raws = r.lines();
        assertThat(raws).hasSize(3);
        String[] split = lines.split("\n");
        for (int i = 0; i < 3; i++) {
            var req = TxRequestParser.parse(JSON.readTree(split[i]));
            List<String> args = dev.atelier.signing.TxCrossCheckTestAccess.castArgs(req, TestKeys.ANVIL_0);
            assertThat(raws.get(i)).as("request %d", i).isEqualTo(RefTools.cast(args.toArray(String[]::new)));
        }
        // stdin, --from for requests without "from", one pretty-printed object
        Result viaStdin = run("{\n  \"chainId\": 31337, \"nonce\": 0, \"to\": \"" + BOB + "\", \"value\": \"0x2386f26fc10000\",\n"
                + "  \"gas\": \"0x5208\", \"maxFeePerGas\": \"30000000000\", \"maxPriorityFeePerGas\": \"1000000000\"\n}\n",
                "sign", "tx", "--from", A0, "--in", "-");
        assertThat(viaStdin.lines()).containsExactly(raws.get(0));
    }

    @Test
    void aBadLineFailsTheWholeBatchAndPrintsNothing() throws Exception {
        String lines = tx(A0, 0, ",\"gasPrice\":\"1\"") + "\n" + tx(A0, 1, ",\"maxFeePerGas\":\"1\",\"gasPrice\":\"1\",\"type\":\"0x2\"") + "\n";
        Result r = run(lines, "sign", "tx");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: line 2: A type 0x2 (EIP-1559) transaction").contains("cannot also carry gasPrice");

        Result noFrom = run(tx(null, 0, ",\"gasPrice\":\"1\""), "sign", "tx");
        assertThat(noFrom.err()).contains("give the signing account with --from ADDRESS");
        Result conflict = run(tx(A0, 0, ",\"gasPrice\":\"1\""), "sign", "tx", "--from", A1);
        assertThat(conflict.err()).contains("but --from is " + A1);
        Result otherChain = run(tx(A0, 0, ",\"gasPrice\":\"1\"").replace("\"31337\"", "\"1\""), "sign", "tx");
        assertThat(otherChain.code()).isEqualTo(1);
        assertThat(otherChain.err()).contains("is for Ethereum (chainId 1) but the selected network is Local sandbox (chainId 31337)");
        Result watchOnly = run(tx(BOB, 0, ",\"gasPrice\":\"1\""), "sign", "tx");
        assertThat(watchOnly.err()).contains("watch-only");
        Result notJson = run("{\"chainId\": 1,\n oops", "sign", "tx");
        assertThat(notJson.err()).startsWith("error: line 2: not valid JSON");
    }

    @Test
    void warningsGoToStderrAndResultsToStdout() {
        Result r = run(tx(A0, 0, ",\"gasPrice\":\"1\",\"data\":\"0xdeadbeef\""), "sign", "tx", "--i-understand");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(1).allMatch(l -> l.startsWith("0xf8"));
        assertThat(r.err()).startsWith("warning: Blind signing: unknown function 0xdeadbeef");
    }

    @Test
    void aDangerIsRefusedUnlessTheUserSaysIUnderstand() throws Exception {
        // a blind call in the middle of a batch: nothing is signed, the warning and the way out are on stderr
        String batch = tx(A0, 0, ",\"gasPrice\":\"1\"") + "\n" + tx(A0, 1, ",\"gasPrice\":\"1\",\"data\":\"0xdeadbeef\"") + "\n";
        Result blind = run(batch, "sign", "tx");
        assertThat(blind.code()).isEqualTo(1);
        assertThat(blind.out()).isEmpty();
        assertThat(blind.err()).contains("warning: line 2: Blind signing: unknown function 0xdeadbeef")
                .contains("error: line 2: Blind signing: unknown function 0xdeadbeef: nothing was signed")
                .contains("--i-understand");
        assertThat(lean(batch, "tx")).isEqualTo(blind);
        assertThat(run(batch, "sign", "tx", "--i-understand").lines()).hasSize(2);
        assertThat(lean(batch, "tx", "--i-understand").lines()).hasSize(2);
        // an unlimited approval, a 32-byte message
        String approve = "0x095ea7b3" + "000000000000000000000000" + BOB.substring(2).toLowerCase() + "f".repeat(64);
        assertThat(run(tx(A0, 0, ",\"gasPrice\":\"1\",\"data\":\"" + approve + "\""), "sign", "tx").err())
                .contains("error: Unlimited token approval: nothing was signed");
        Result hash = run("", "sign", "message", "--from", A0, "--hex", "0x" + "ab".repeat(32));
        assertThat(hash.code()).isEqualTo(1);
        assertThat(hash.out()).isEmpty();
        assertThat(run("", "sign", "message", "--from", A0, "--hex", "0x" + "ab".repeat(32), "--i-understand").code()).isZero();
        // cautions only inform: a contract creation signs without the flag
        assertThat(run("{\"from\":\"" + A0 + "\",\"chainId\":\"31337\",\"nonce\":\"0\",\"gas\":\"0x100000\",\"gasPrice\":\"1\","
                + "\"data\":\"0x6080\"}", "sign", "tx").code()).isZero();
    }

    static final String COLLECTION = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    @Test
    void setApprovalForAllIsRefusedUnlessIUnderstandOnBothStartsOfSignTx() throws Exception {
        // setApprovalForAll(Bob, true): Bob could move every token of the collection
        String data = "0xa22cb465" + "0".repeat(24) + BOB.substring(2).toLowerCase() + "0".repeat(63) + "1";
        Path in = Files.writeString(dir.resolve("approve-all.json"), "{\"from\":\"" + A0 + "\",\"chainId\":\"31337\",\"nonce\":\"3\","
                + "\"to\":\"" + COLLECTION + "\",\"value\":\"0\",\"gas\":\"65536\",\"maxFeePerGas\":\"30000000000\","
                + "\"maxPriorityFeePerGas\":\"1000000000\",\"data\":\"" + data + "\"}\n");
        Result refused = run("", "sign", "tx", "--in", in.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("warning: Approves an operator for ALL your tokens — ")
                .contains("error: Approves an operator for ALL your tokens: nothing was signed")
                .contains("run the command again with --i-understand");
        assertThat(lean("", "tx", "--in", in.toString())).isEqualTo(refused);

        Result signed = run("", "sign", "tx", "--in", in.toString(), "--i-understand");
        assertThat(signed.code()).isZero();
        assertThat(signed.err()).startsWith("warning: Approves an operator for ALL your tokens — ").doesNotContain("error:");
        assertThat(signed.lines()).containsExactly(RefTools.cast("mktx", COLLECTION, "setApprovalForAll(address,bool)", BOB, "true",
                "--private-key", TestKeys.ANVIL_0, "--nonce", "3", "--gas-limit", "65536", "--gas-price", "30000000000",
                "--priority-gas-price", "1000000000", "--chain", "31337"));
        // the flag anywhere among the lean form's options, and with --from
        assertThat(lean("", "tx", "--i-understand", "--in=" + in, "--from", A0)).isEqualTo(signed);
        // given twice it is not a plain form: picocli reports it
        assertThat(LeanSignTx.parse(new String[] {"sign", "tx", "--i-understand", "--i-understand"})).isEmpty();
    }

    static final String PERMIT = """
            {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
              {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
              "Permit":[{"name":"owner","type":"address"},{"name":"spender","type":"address"},{"name":"value","type":"uint256"},
              {"name":"nonce","type":"uint256"},{"name":"deadline","type":"uint256"}]},
             "primaryType":"Permit",
             "domain":{"name":"USD Coin","version":"2","chainId":31337,"verifyingContract":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
             "message":{"owner":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","spender":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
              "value":"115792089237316195423570985008687907853269984665640564039457584007913129639935","nonce":0,"deadline":1893456000}}""";

    @Test
    void signTypedDataRefusesAPermitUnlessIUnderstandAndCautionsOnlyInform() throws Exception {
        Path file = Files.writeString(dir.resolve("permit.json"), PERMIT);
        Result refused = run("", "sign", "typed-data", "--from", A1, file.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("warning: EIP-2612 permit — Lets ").contains("unlimited").contains("2030-01-01 00:00:00 UTC")
                .contains("error: EIP-2612 permit: nothing was signed").contains("--i-understand");
        assertThat(run(PERMIT, "sign", "typed-data", "--from", A1, "-").err()).isEqualTo(refused.err());

        // a typed-data document without a chainId: a caution, printed, and signed without the flag
        String unbound = """
                {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"verifyingContract","type":"address"}],
                  "Order":[{"name":"maker","type":"address"},{"name":"amount","type":"uint256"}]},
                 "primaryType":"Order",
                 "domain":{"name":"Exchange","verifyingContract":"0x5FbDB2315678afecb367f032d93F642f64180aa3"},
                 "message":{"maker":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","amount":"1"}}""";
        Result caution = run(unbound, "sign", "typed-data", "--from", A1, "-");
        assertThat(caution.code()).isZero();
        assertThat(caution.err()).startsWith("warning: Not bound to a network — ").doesNotContain("error:");

        Result signed = run("", "sign", "typed-data", "--i-understand", "--from", A1, file.toString());
        assertThat(signed.code()).isZero();
        assertThat(signed.err()).startsWith("warning: EIP-2612 permit — ").doesNotContain("error:");
        var jobs = RefTools.jobs();
        jobs.addObject().put("op", "signTypedData").put("key", TestKeys.ANVIL_1).set("typedData", JSON.readTree(PERMIT));
        jobs.addObject().put("op", "signTypedData").put("key", TestKeys.ANVIL_1).set("typedData", JSON.readTree(unbound));
        JsonNode ref = RefTools.ethers(jobs);
        assertThat(signed.lines()).containsExactly(ref.get(0).get("signature").asText());
        assertThat(caution.lines()).containsExactly(ref.get(1).get("signature").asText());
    }

    @Test
    void requestSignWritesNoResponseForADangerUnlessIUnderstand() throws Exception {
        String approveAll = "0xa22cb465" + "0".repeat(24) + BOB.substring(2).toLowerCase() + "0".repeat(63) + "1";
        SigningRequest req = SigningRequest.create(31337, "Local sandbox", "a payment and an approval of all tokens", List.of(
                SigningRequest.txItem(JSON.readTree(tx(A0, 0, ",\"gasPrice\":\"1\""))),
                SigningRequest.txItem(JSON.readTree("{\"from\":\"" + A0 + "\",\"chainId\":\"31337\",\"nonce\":\"1\",\"to\":\""
                        + COLLECTION + "\",\"gas\":\"65536\",\"gasPrice\":\"1\",\"data\":\"" + approveAll + "\"}"))));
        Path in = Files.write(dir.resolve("r.atelier-request"), req.toBytes());
        Path out = dir.resolve("response.json");
        Result refused = run("", "request", "sign", "--in", in.toString(), "--out", out.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("warning: item 2: Approves an operator for ALL your tokens")
                .contains("error: item 2: Approves an operator for ALL your tokens: nothing was signed");
        assertThat(Files.exists(out)).isFalse();

        Result signed = run("", "request", "sign", "--i-understand", "--in", in.toString(), "--out", out.toString());
        assertThat(signed.code()).as(signed.err()).isZero();
        SigningResponse resp = SigningResponse.parse(SigningFiles.read(out));
        resp.checkAnswers(req);
        assertThat(resp.results()).hasSize(2);
    }

    @Test
    void messagesAndTypedDataMatchEthers() throws Exception {
        Result text = run("", "sign", "message", "--from", A0, "--text", "Sign in to the studio");
        Result hex = run("", "sign", "message", "--from", A0, "--hex", "0x48656c6c6f");
        JsonNode td = Vectors.get("eip712_mail").get("typedData").deepCopy();
        ((ObjectNode) td.get("domain")).put("chainId", 31337);
        Path tdFile = Files.writeString(dir.resolve("mail.json"), td.toString());
        Result typed = run("", "sign", "typed-data", "--from", A1, tdFile.toString());
        var jobs = RefTools.jobs();
        jobs.addObject().put("op", "signMessage").put("key", TestKeys.ANVIL_0).put("text", "Sign in to the studio");
        jobs.addObject().put("op", "signMessage").put("key", TestKeys.ANVIL_0).put("hex", "0x48656c6c6f");
        jobs.addObject().put("op", "signTypedData").put("key", TestKeys.ANVIL_1).set("typedData", td);
        JsonNode ref = RefTools.ethers(jobs);
        assertThat(text.out().strip()).isEqualTo(ref.get(0).get("signature").asText());
        assertThat(hex.out().strip()).isEqualTo(ref.get(1).get("signature").asText());
        assertThat(typed.out().strip()).isEqualTo(ref.get(2).get("signature").asText());
        assertThat(run(td.toString(), "sign", "typed-data", "--from", A1, "-").out().strip()).isEqualTo(ref.get(2).get("signature").asText());

        ((ObjectNode) td.get("domain")).put("chainId", 1);
        Result other = run(td.toString(), "sign", "typed-data", "--from", A1, "-");
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains("This typed data is for Ethereum (chainId 1)");
        assertThat(run("", "sign", "message", "--from", A0, "--text", "a", "--hex", "0x01").code()).isEqualTo(2);
    }

    @Test
    void txDecodeShowsWhatARawTransactionDoes() throws Exception {
        assertThat(run("", "contact", "add", "Bob", BOB).code()).isZero();
        String raw = RefTools.cast("mktx", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "transfer(address,uint256)", BOB, "1000",
                "--private-key", TestKeys.ANVIL_1, "--nonce", "4", "--gas-limit", "60000", "--gas-price", "2000000000",
                "--priority-gas-price", "1000", "--chain", "31337");
        Result r = run("", "tx", "decode", raw);
        assertThat(r.code()).isZero();
        JsonNode d = JSON.readTree(r.out());
        assertThat(d.get("type").asText()).isEqualTo("0x2");
        assertThat(d.get("chainId").asLong()).isEqualTo(31337);
        assertThat(d.get("network").asText()).isEqualTo("Local sandbox");
        assertThat(d.get("from").asText()).isEqualTo(A1);
        assertThat(d.get("nonce").asInt()).isEqualTo(4);
        assertThat(d.get("maxFeePerGas").asText()).isEqualTo("2000000000");
        assertThat(d.get("feeCeiling").asText()).isEqualTo("120000000000000");
        JsonNode call = d.get("call");
        assertThat(call.get("function").asText()).isEqualTo("transfer");
        assertThat(call.get("args").get(0).get("value").asText()).isEqualTo(BOB);
        assertThat(call.get("args").get(0).get("contact").asText()).isEqualTo("Bob");
        assertThat(call.get("args").get(1).get("value").asText()).isEqualTo("1000");
        assertThat(d.get("warnings")).isEmpty();

        Path two = Files.writeString(dir.resolve("raws.txt"), raw + "\n\n" + Vectors.get("eip155").get("raw").asText() + "\n");
        JsonNode arr = JSON.readTree(run("", "tx", "decode", "--in", two.toString()).out());
        assertThat(arr).hasSize(2);
        assertThat(arr.get(1).get("from").asText()).isEqualTo(Address.parse("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F").toChecksumHex());
        assertThat(arr.get(1).get("warnings").get(0).get("kind").asText()).isEqualTo("chain_mismatch");
        assertThat(run("", "tx", "decode", "0x02c0").err()).startsWith("error: A signed type 0x2 transaction has 12 fields");
    }

    @Test
    void requestSignWritesAVerifiableResponseAndRefusesATamperedRequest() throws Exception {
        SigningRequest req = SigningRequest.create(31337, "Local sandbox", "two payments", List.of(
                SigningRequest.txItem(JSON.readTree(tx(A0, 0, ",\"gasPrice\":\"1\""))),
                SigningRequest.messageItem(Address.parse(A1), "hello", null)));
        Path in = dir.resolve("r.atelier-request");
        Files.write(in, req.toBytes());
        Path out = dir.resolve("response.json");
        Result r = run("", "request", "sign", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Signed 2 items of request " + req.digest().substring(0, 10));
        SigningResponse resp = SigningResponse.parse(SigningFiles.read(out));
        resp.checkAnswers(req);
        assertThat(resp.results()).extracting(SigningResponse.Result::from).containsExactly(Address.parse(A0), Address.parse(A1));

        Files.writeString(in, Files.readString(in).replace("two payments", "one payment"));
        Result tampered = run("", "request", "sign", "--in", in.toString(), "--out", dir.resolve("x.json").toString());
        assertThat(tampered.code()).isEqualTo(1);
        assertThat(tampered.err()).contains("digest does not match its content");
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }

    @Test
    void requestSignAnswersAnErc4527QrImageWithAnEthSignatureCode() throws Exception {
        // the ERC example asks for m/44'/1'/1'/0/1 and carries no address: this vault has no such HD account
        Path png = dir.resolve("req.png");
        QrCodes.writePng(QrCodes.encode(Erc4527Test.ERC_EXAMPLE.toUpperCase()), 5, png);
        Result noPath = run("", "request", "sign", "--in", png.toString(), "--out", dir.resolve("sig.txt").toString());
        assertThat(noPath.code()).isEqualTo(1);
        assertThat(noPath.err()).contains("No account in this vault has the path m/44'/1'/1'/0/1");
        // a request that names the address signs (chain 31337, legacy, to Bob)
        var signData = dev.atelier.signing.TxEncoder.unsignedPayload(TxRequestParser.parse(JSON.readTree(tx(null, 0, ",\"gasPrice\":\"1\""))));
        var request = new dev.atelier.signing.qr.EthSignRequest(new byte[16], signData,
                dev.atelier.signing.qr.EthSignRequest.DataType.TRANSACTION, 31337, "m/44'/60'/0'/0/0", new byte[] {1, 2, 3, 4},
                Address.parse(A0), "test wallet");
        Path urFile = Files.writeString(dir.resolve("req.txt"), com.sparrowwallet.hummingbird.UREncoder.encode(
                new com.sparrowwallet.hummingbird.UR("eth-sign-request", request.toCbor())) + "\n");
        Path sigPng = dir.resolve("sig.png");
        Result ok = run("", "request", "sign", "--in", urFile.toString(), "--out", sigPng.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        String text = QrCodes.read(sigPng).get(0);
        EthSignature sig = EthSignature.fromCbor(URDecoder.decode(text.toLowerCase()).getCborBytes());
        assertThat(sig.requestId()).isEqualTo(new byte[16]);
        assertThat(sig.signature()).hasSize(66); // chainId 31337 makes v = 62709/62710: two bytes
    }

    @Test
    void contactsAreUniqueAndListed() throws Exception {
        assertThat(run("", "contact", "add", "Bob", BOB).out().strip()).isEqualTo(BOB + " Bob");
        assertThat(run("", "contact", "add", "bob", A1).err()).startsWith("error: A contact named \"Bob\" already exists");
        assertThat(run("", "contact", "add", "Carol", "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bd").code()).isZero();
        assertThat(run("", "contact", "list").lines()).containsExactly(BOB + " Bob",
                Address.parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bd").toChecksumHex() + " Carol");
        JsonNode list = JSON.readTree(run("", "contact", "list", "--json").out());
        assertThat(list.get(1).get("name").asText()).isEqualTo("Carol");
    }
}
