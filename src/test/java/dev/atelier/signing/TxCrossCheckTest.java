package dev.atelier.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.RandomTxs;
import dev.atelier.testing.TestKeys;
import dev.atelier.testing.Vectors;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our signed bytes against two independent signers (ethers and cast), for every transaction type. */
class TxCrossCheckTest {
    private static final String[] KEYS = {TestKeys.ANVIL_0, TestKeys.ANVIL_1, TestKeys.ANVIL_2,
        "0x4646464646464646464646464646464646464646464646464646464646464646"};

    @Test
    void eip155VectorSignsToTheEipsRawTransaction() {
        JsonNode v = Vectors.get("eip155");
        TestKeys keys = new TestKeys().add("v", v.get("privateKey").asText());
        TxRequest tx = TxRequestParser.parse(v.get("request"));
        assertThat(Hex.of(TxEncoder.signingHash(tx))).isEqualTo(v.get("signingHash").asText());
        SignedTx s = TxSigner.sign(tx, keys.signer(keys.address(0)));
        assertThat(s.rawHex()).isEqualTo(v.get("raw").asText());
    }

    @Test
    void randomTransactionsOfEveryTypeAreByteIdenticalToEthers() throws Exception {
        RandomTxs gen = new RandomTxs(7);
        ArrayNode jobs = RefTools.jobs();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            ObjectNode req = gen.next(i);
            String key = KEYS[i % KEYS.length];
            TestKeys keys = new TestKeys().add("k", key);
            ours.add(TxSigner.sign(TxRequestParser.parse(req), keys.signer(keys.address(0))).rawHex());
            ObjectNode job = jobs.addObject();
            job.put("op", "signTx").put("key", key).set("tx", req);
        }
        JsonNode ref = RefTools.ethers(jobs);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)).as("tx %d: %s", i, jobs.get(i).get("tx")).isEqualTo(ref.get(i).get("raw").asText());
        }
    }

    @Test
    void randomTransactionsOfEveryTypeAreByteIdenticalToCast() throws Exception {
        RandomTxs gen = new RandomTxs(11);
        for (int i = 0; i < 30; i++) {
            ObjectNode req = gen.next(i);
            String key = KEYS[i % KEYS.length];
            TestKeys keys = new TestKeys().add("k", key);
            TxRequest tx = TxRequestParser.parse(req);
            String ours = TxSigner.sign(tx, keys.signer(keys.address(0))).rawHex();
            assertThat(ours).as("tx %d: %s", i, req).isEqualTo(RefTools.cast(castArgs(tx, key).toArray(String[]::new)));
        }
    }

    @Test
    void rawTransactionsDecodeBackWithTheSenderEthersRecovers() throws Exception {
        RandomTxs gen = new RandomTxs(13);
        ArrayNode jobs = RefTools.jobs();
        List<SignedTx> signed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            TestKeys keys = new TestKeys().add("k", KEYS[i % KEYS.length]);
            SignedTx s = TxSigner.sign(TxRequestParser.parse(gen.next(i)), keys.signer(keys.address(0)));
            signed.add(s);
            jobs.addObject().put("op", "parseTx").put("raw", s.rawHex());
        }
        JsonNode ref = RefTools.ethers(jobs);
        for (int i = 0; i < signed.size(); i++) {
            RawTxDecoder.Decoded d = RawTxDecoder.decodeSigned(signed.get(i).raw());
            assertThat(d.from().toChecksumHex()).isEqualTo(ref.get(i).get("from").asText());
            assertThat(Hex.of(d.hash())).isEqualTo(ref.get(i).get("hash").asText());
            assertThat(d.tx().value().toString()).isEqualTo(ref.get(i).get("value").asText());
            assertThat(Hex.of(d.tx().data())).isEqualTo(ref.get(i).get("data").asText());
            assertThat(TxEncoder.signed(d.tx(), d.signature())).isEqualTo(signed.get(i).raw());
        }
    }

    @Test
    void signerMatchesEthersOverManyRandomKeysAndDigests() throws Exception {
        Random rnd = new Random(99);
        ArrayNode jobs = RefTools.jobs();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            byte[] key = new byte[32];
            do {
                rnd.nextBytes(key);
            } while (new BigInteger(1, key).signum() == 0 || new BigInteger(1, key).compareTo(Secp256k1.N) >= 0);
            byte[] digest = new byte[32];
            rnd.nextBytes(digest);
            ours.add(Hex.of(Secp256k1.sign(digest, key).toBytes65()));
            jobs.addObject().put("op", "sign").put("key", Hex.of(key)).put("digest", Hex.of(digest));
        }
        JsonNode ref = RefTools.ethers(jobs);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)).as("signature %d", i).isEqualTo(ref.get(i).get("signature").asText());
        }
    }

    /** Corners that random requests rarely hit: every one signed by us and by cast (and ethers where it can say it). */
    static final String[] EDGES = {
        // EIP-155 v for the largest chain id EIP-2294 allows: v = 2^64 - 39 or - 38, nine bytes in RLP
        """
        {"type":"0x0","chainId":"9223372036854775771","nonce":"18446744073709551614","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
         "gas":"18446744073709551615","gasPrice":"0x1","value":"0"}""",
        // quantities with leading zeros, decimal and hex, value 0 as JSON number
        """
        {"type":"0x2","chainId":"0x0001","nonce":"007","to":"0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
         "gas":"0x005208","maxFeePerGas":"0x00","maxPriorityFeePerGas":"0","value":0,"data":"0x"}""",
        // an explicit empty access list, and an entry without storage keys
        """
        {"type":"0x1","chainId":"0x89","nonce":"0x0","to":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC","gas":"0x5208","gasPrice":"0x3b9aca00",
         "accessList":[]}""",
        """
        {"type":"0x2","chainId":"0x1","nonce":"0x1","to":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC","gas":"0x7a120",
         "maxFeePerGas":"0xffffffffffffffffffffffffffffffff","maxPriorityFeePerGas":"0x1","value":"0x0",
         "accessList":[{"address":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC","storageKeys":[]},
                       {"address":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","storageKeys":["0x0000000000000000000000000000000000000000000000000000000000000000"]}]}""",
        // contract creation with 'input' and a gasLimit alias, type inferred from the fee fields
        """
        {"chainId":"0x7a69","nonce":"0x2","gasLimit":"0x100000","maxFeePerGas":"0x2","maxPriorityFeePerGas":"0x2",
         "input":"0x6080604052348015600e575f5ffd5b50"}""",
    };

    @Test
    void edgeCasesAreByteIdenticalToCastAndEthers() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        ArrayNode jobs = RefTools.jobs();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < EDGES.length; i++) {
            TxRequest tx = TxRequestParser.parse(json.readTree(EDGES[i]));
            String key = KEYS[i % KEYS.length];
            TestKeys keys = new TestKeys().add("k", key);
            String raw = TxSigner.sign(tx, keys.signer(keys.address(0))).rawHex();
            assertThat(raw).as("edge %d vs cast", i).isEqualTo(RefTools.cast(castArgs(tx, key).toArray(String[]::new)));
            if (tx.nonce().bitLength() < 53) { // ethers keeps nonces as JavaScript numbers
                ours.add(raw);
                ObjectNode norm = TxJson.of(tx);
                norm.remove("from");
                jobs.addObject().put("op", "signTx").put("key", key).set("tx", norm);
            }
        }
        JsonNode ref = RefTools.ethers(jobs);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)).as("edge vs ethers: %s", jobs.get(i).get("tx")).isEqualTo(ref.get(i).get("raw").asText());
        }
        assertThat(ours).hasSize(EDGES.length - 1);
    }

    static List<String> castArgs(TxRequest tx, String key) {
        List<String> a = new ArrayList<>();
        a.add("mktx");
        if (tx.to() != null) {
            a.add(tx.to().toLowerHex());
            if (tx.data().length > 0) {
                a.add(Hex.of(tx.data()));
            }
        }
        a.addAll(List.of("--private-key", key, "--nonce", tx.nonce().toString(), "--gas-limit", tx.gas().toString(),
                "--chain", Long.toString(tx.chainId()), "--value", tx.value().toString()));
        if (tx.type() == TxType.DYNAMIC_FEE) {
            a.addAll(List.of("--gas-price", tx.maxFeePerGas().toString(), "--priority-gas-price", tx.maxPriorityFeePerGas().toString()));
        } else {
            a.addAll(List.of("--legacy", "--gas-price", tx.gasPrice().toString()));
        }
        if (tx.type() != TxType.LEGACY) {
            StringBuilder al = new StringBuilder("[");
            for (AccessListEntry e : tx.accessList()) {
                if (al.length() > 1) {
                    al.append(',');
                }
                al.append("{\"address\":\"").append(e.address().toLowerHex()).append("\",\"storageKeys\":[");
                for (int k = 0; k < e.storageKeys().size(); k++) {
                    al.append(k > 0 ? "," : "").append('"').append(Hex.of(e.storageKeys().get(k))).append('"');
                }
                al.append("]}");
            }
            a.addAll(List.of("--access-list", al.append(']').toString()));
        }
        if (tx.to() == null) {
            a.addAll(List.of("--create", Hex.of(tx.data())));
        }
        return a;
    }
}
