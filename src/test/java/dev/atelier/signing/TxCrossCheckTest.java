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
