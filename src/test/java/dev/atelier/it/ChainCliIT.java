package dev.atelier.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain commands of the packaged jar, each in its own process: the sandbox outlives the command
 * that started it, later commands find it through the home, and transactions go through the queue.
 */
class ChainCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private Proc.Result atelier(String... args) throws Exception {
        String[] full = new String[args.length + 2];
        full[0] = "--home";
        full[1] = home.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        Map<String, String> env = new HashMap<>();
        env.put("PATH", Anvil.tools().resolve(".bin") + ":" + System.getenv("PATH"));
        env.put("DISPLAY", null);
        return Proc.run(Proc.jar(full), env, null, 120);
    }

    @AfterEach
    void stopSandbox() throws Exception {
        atelier("sandbox", "stop");
    }

    @Test
    void theSandboxOutlivesTheCommandThatStartedItAndTransactionsGoThroughTheQueue() throws Exception {
        Proc.Result start = atelier("sandbox", "start");
        assertThat(start.code()).as(start.err()).isZero();
        assertThat(start.out()).containsPattern("Sandbox running on http://127\\.0\\.0\\.1:\\d+ \\(pid \\d+, chain 31337\\)")
                .contains(Anvil.ADDR0).contains("key is public");

        JsonNode status = JSON.readTree(atelier("sandbox", "status", "--json").out());
        assertThat(status.get("running").asBoolean()).isTrue();
        long pid = status.get("pid").asLong();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
        String rpc = status.get("rpcUrl").asText();
        assertThat(Anvil.cast("chain-id", "--rpc-url", rpc)).isEqualTo("31337");

        Proc.Result test = atelier("network", "test", "sandbox");
        assertThat(test.code()).as(test.err()).isZero();
        assertThat(test.out()).contains("Connected to " + rpc).contains("chain 31337");

        String raw = Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "4242", 10, 1);
        Proc.Result send = atelier("tx", "send", raw);
        assertThat(send.code()).as(send.err()).isZero();
        String hash = Anvil.cast("keccak", raw);
        assertThat(send.out()).contains("queued   " + hash).contains("mined    " + hash);
        JsonNode tx = JSON.readTree(atelier("tx", "status", hash, "--json").out());
        assertThat(tx.get("status").asText()).isEqualTo("mined");
        assertThat(tx.get("block").asLong()).isEqualTo(Long.parseLong(Anvil.cast("receipt", "--rpc-url", rpc, hash, "blockNumber")));
        assertThat(tx.get("confirmations").asLong()).isGreaterThanOrEqualTo(1);

        // sending the same bytes again changes nothing on chain
        assertThat(atelier("tx", "send", raw).code()).isZero();
        assertThat(Anvil.cast("nonce", "--rpc-url", rpc, Anvil.ADDR0)).isEqualTo("1");

        Proc.Result stop = atelier("sandbox", "stop");
        assertThat(stop.out()).contains("Sandbox stopped.");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(atelier("sandbox", "status").out()).contains("Sandbox stopped.");
    }

    @Test
    void networksAreAddedOnlyWhenTheNodeAgreesAndRefusalsAreOneLine() throws Exception {
        try (Anvil node = Anvil.start(0, null)) {
            Proc.Result wrong = atelier("network", "add", "Fake Polygon", "--rpc", node.rpcUrl(), "--chain-id", "137");
            assertThat(wrong.code()).isEqualTo(1);
            assertThat(wrong.err()).startsWith("error: ").contains("is on chain 31337").contains("not 137 (Polygon)")
                    .doesNotContain("\tat ");

            Proc.Result ok = atelier("network", "add", "Studio devnet", "--rpc", node.rpcUrl(), "--chain-id", "31337",
                    "--explorer", "https://scan.example");
            assertThat(ok.code()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("Added Studio devnet (chain 31337, id studio-devnet)");
            assertThat(atelier("network", "use", "Studio devnet").out()).contains("Selected Studio devnet (31337)");

            JsonNode list = JSON.readTree(atelier("network", "list", "--json").out());
            JsonNode added = null;
            for (JsonNode n : list) {
                if (n.get("id").asText().equals("studio-devnet")) {
                    added = n;
                }
            }
            assertThat(added).isNotNull();
            assertThat(added.get("selected").asBoolean()).isTrue();
            assertThat(added.get("custom").asBoolean()).isTrue();
            assertThat(added.get("rpc").asText()).isEqualTo(node.rpcUrl());

            String mainnet = Anvil.cast("mktx", "--private-key", Anvil.KEY0, "--chain", "1", "--nonce", "0", "--gas-limit", "21000",
                    "--gas-price", "10gwei", "--priority-gas-price", "1gwei", Anvil.ADDR1);
            Proc.Result refused = atelier("tx", "send", mainnet);
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("signed for chain 1").contains("nothing was queued");

            // a response file carried back from an air-gapped signer
            Path response = home.resolveSibling(home.getFileName() + "-response.json");
            Files.writeString(response, "{\"transactions\":[{\"raw\":\"" + Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "1", 10, 1)
                    + "\"},{\"raw\":\"" + Anvil.signTransfer(Anvil.KEY0, 1, Anvil.ADDR1, "2", 10, 1) + "\"}]}");
            Proc.Result batch = atelier("tx", "send", "--in", response.toString(), "--network", "studio-devnet");
            assertThat(batch.code()).as(batch.err()).isZero();
            assertThat(batch.out().lines().filter(l -> l.startsWith("mined"))).hasSize(2);
            assertThat(Anvil.cast("nonce", "--rpc-url", node.rpcUrl(), Anvil.ADDR0)).isEqualTo("2");
        }
    }
}
