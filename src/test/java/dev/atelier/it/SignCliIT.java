package dev.atelier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.testing.Proc;
import dev.atelier.testing.RefTools;
import dev.atelier.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline signer through the packaged jar (selector table, CBOR, ZXing and hummingbird inside the
 * fat jar): a JSON Lines batch signed by `sign tx` equals cast's bytes, and `tx decode` reads it back.
 */
class SignCliIT {
    @TempDir
    Path home;

    @Test
    void signABatchAndDecodeItThroughTheJar() throws Exception {
        Map<String, String> env = new HashMap<>(PackagedJarIT.noDisplay());
        env.put("ATELIER_PASSPHRASE", "packaged signer passphrase");
        String h = home.toString();
        assertThat(Proc.run(Proc.jar("--home", h, "vault", "init"), env, null, 180).code()).isZero();
        assertThat(Proc.run(Proc.jar("--home", h, "account", "import-key"), env, TestKeys.ANVIL_0 + "\n", 180).code()).isZero();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            lines.append("{\"from\":\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\"chainId\":31337,\"nonce\":").append(i)
                    .append(",\"to\":\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\",\"value\":\"").append(1000 + i)
                    .append("\",\"gas\":21000,\"maxFeePerGas\":\"30000000000\",\"maxPriorityFeePerGas\":\"1000000000\"}\n");
        }
        Path in = Files.writeString(home.resolve("batch.jsonl"), lines);
        Proc.Result signed = Proc.run(Proc.jar("--home", h, "sign", "tx", "--in", in.toString()), env, null, 180);
        assertThat(signed.code()).as(signed.err()).isZero();
        String[] raws = signed.out().strip().split("\\R");
        assertThat(raws).hasSize(50);
        assertThat(raws[49]).isEqualTo(RefTools.cast("mktx", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--value", "1049",
                "--private-key", TestKeys.ANVIL_0, "--nonce", "49", "--gas-limit", "21000", "--gas-price", "30000000000",
                "--priority-gas-price", "1000000000", "--chain", "31337"));
        Proc.Result decoded = Proc.run(Proc.jar("--home", h, "tx", "decode", raws[7]), PackagedJarIT.noDisplay(), null, 60);
        JsonNode d = new ObjectMapper().readTree(decoded.out());
        assertThat(d.get("from").asText()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertThat(d.get("nonce").asInt()).isEqualTo(7);
        assertThat(d.get("value").asText()).isEqualTo("1007");
    }
}
