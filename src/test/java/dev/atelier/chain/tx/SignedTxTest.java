package dev.atelier.chain.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.common.AtelierException;
import dev.atelier.testing.Anvil;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding signed transactions, cross-checked field by field against {@code cast decode-tx}. */
class SignedTxTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"legacy", "2930", "1559", "create"})
    void decodedFieldsMatchCast(String kind) throws Exception {
        List<String> args = new ArrayList<>(List.of("mktx", "--private-key", Anvil.KEY1, "--chain", "137", "--nonce", "42",
                "--gas-limit", "90000", "--gas-price", "31gwei"));
        switch (kind) {
            case "legacy" -> args.addAll(List.of("--legacy", Anvil.ADDR2, "--value", "123456789", "0xdeadbeef"));
            case "2930" -> args.addAll(List.of("--legacy", "--access-list", "[]", Anvil.ADDR2, "--value", "5"));
            case "1559" -> args.addAll(List.of("--priority-gas-price", "2gwei", Anvil.ADDR2, "--value", "1ether", "0x01"));
            default -> args.addAll(List.of("--priority-gas-price", "2gwei", "--create", "0x6001600055"));
        }
        String raw = Anvil.cast(args.toArray(String[]::new));
        JsonNode ref = JSON.readTree(JSON.readTree(Anvil.cast("decode-tx", raw)).asText());

        SignedTx tx = SignedTx.parse(raw);

        assertThat(tx.from().toLowerHex()).isEqualTo(ref.get("signer").asText());
        assertThat(tx.hash()).isEqualTo(ref.get("hash").asText());
        assertThat(tx.chainId()).isEqualTo(137);
        assertThat(tx.nonce()).isEqualTo(42);
        assertThat(tx.type()).isEqualTo(Integer.decode(ref.get("type").asText()));
        assertThat(tx.gasLimit()).isEqualTo(hex(ref.get("gas")));
        assertThat(tx.value()).isEqualTo(hex(ref.get("value")));
        assertThat(tx.data()).isEqualTo(ref.get("input").asText());
        if (ref.has("maxFeePerGas")) {
            assertThat(tx.maxFeePerGas()).isEqualTo(hex(ref.get("maxFeePerGas")));
            assertThat(tx.maxPriorityFeePerGas()).isEqualTo(hex(ref.get("maxPriorityFeePerGas")));
        } else {
            assertThat(tx.maxFeePerGas()).isEqualTo(hex(ref.get("gasPrice")));
        }
        if (kind.equals("create")) {
            assertThat(tx.isContractCreation()).isTrue();
        } else {
            assertThat(tx.to().toLowerHex()).isEqualTo(ref.get("to").asText());
        }
    }

    private static BigInteger hex(JsonNode n) {
        return new BigInteger(n.asText().substring(2), 16);
    }

    @Test
    void garbageIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> SignedTx.parse("hello")).isInstanceOf(AtelierException.class).hasMessageContaining("not a signed transaction");
        assertThatThrownBy(() -> SignedTx.parse("0x" + "ab".repeat(SignedTx.MAX_BYTES + 1))).hasMessageContaining("KiB");
        assertThatThrownBy(() -> SignedTx.parse("0x02c0")).isInstanceOf(AtelierException.class);
    }

    @Test
    void randomBytesNeverEscapeAsAnythingButAtelierException() {
        Random rnd = new Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] b = new byte[1 + rnd.nextInt(200)];
            rnd.nextBytes(b);
            if (i % 3 == 0) {
                b[0] = (byte) (rnd.nextBoolean() ? 0x02 : 0xf8);
            }
            String hex = "0x" + java.util.HexFormat.of().formatHex(b);
            try {
                SignedTx.parse(hex);
            } catch (AtelierException expected) {
                // fine: a clear refusal
            }
        }
    }

    @Test
    void aPreEip155TransactionIsRefusedBecauseItCouldBeReplayedAnywhere() throws Exception {
        // the well-known "Nick's method" deployment transaction has no chain id (v = 27)
        String raw = "0xf8a58085174876e800830186a08080b853604580600e600039806000f350fe7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf31ba02222222222222222222222222222222222222222222222222222222222222222a02222222222222222222222222222222222222222222222222222222222222222";
        assertThatThrownBy(() -> SignedTx.parse(raw)).hasMessageContaining("no chain id");
    }

    @Test
    void responseFilesInTheCommonShapesAreRead() throws Exception {
        String a = Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "1", 10, 1);
        String b = Anvil.signTransfer(Anvil.KEY0, 1, Anvil.ADDR1, "2", 10, 1);
        for (String content : List.of(
                "{\"transactions\":[{\"raw\":\"" + a + "\"},{\"rawTransaction\":\"" + b + "\"}]}",
                "[\"" + a + "\",\"" + b + "\"]",
                "{\"signed\":\"" + a + "\"}\n{\"signed\":\"" + b + "\"}\n",
                a + "\n" + b + "\n")) {
            Path f = dir.resolve("response.json");
            Files.writeString(f, content);
            List<SignedTx> txs = SignedResponses.read(f);
            assertThat(txs).extracting(SignedTx::rawHex).startsWith(a.toLowerCase());
            assertThat(txs.size()).isBetween(1, 2);
        }
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{}");
        assertThatThrownBy(() -> SignedResponses.read(empty)).hasMessageContaining("no signed transaction");
        assertThatThrownBy(() -> SignedResponses.read(dir.resolve("missing.json"))).hasMessageContaining("No file");
    }
}
