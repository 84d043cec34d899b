package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.testing.Anvil;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage and input errors of the chain commands: one line, right exit code, nothing written. */
class ChainCliTest {
    @TempDir
    Path home;

    private CliTest.Result run(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--home";
        full[1] = home.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return CliTest.run(Map.of(), full);
    }

    @Test
    void parentCommandsWithoutASubcommandAreUsageErrors() {
        for (String parent : new String[] {"network", "sandbox", "tx"}) {
            CliTest.Result r = run(parent);
            assertThat(r.code()).as(parent).isEqualTo(AtelierCli.EXIT_USAGE);
            assertThat(r.err()).startsWith("error: missing subcommand");
        }
    }

    @Test
    void txSendNeedsExactlyOneSource() {
        assertThat(run("tx", "send").code()).isEqualTo(AtelierCli.EXIT_USAGE);
        assertThat(run("tx", "send", "0x00", "--in", "x.json").code()).isEqualTo(AtelierCli.EXIT_USAGE);
    }

    @Test
    void malformedInputIsRefusedInOneLine() {
        CliTest.Result raw = run("tx", "send", "0xnothex");
        assertThat(raw.code()).isEqualTo(AtelierCli.EXIT_FAILURE);
        assertThat(raw.err()).startsWith("error: That is not a signed transaction");
        CliTest.Result hash = run("tx", "status", "0x1234");
        assertThat(hash.err()).startsWith("error: A transaction hash is 0x followed by 64 hex digits");
        CliTest.Result net = run("network", "use", "atlantis");
        assertThat(net.err()).startsWith("error: No network called \"atlantis\"");
        CliTest.Result port = run("sandbox", "start", "--port", "70000");
        assertThat(port.err()).startsWith("error: The port must be between 0 and 65535");
    }

    @Test
    void networkListShowsThePresetsAndMarksTheSelectedOne() {
        CliTest.Result r = run("network", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ethereum").contains("base-sepolia").containsPattern("\\* sandbox +Local sandbox +31337");
        assertThat(run("network", "use", "137").out()).contains("Selected Polygon (137)");
        assertThat(run("network", "list").out()).containsPattern("\\* polygon");
    }

    @Test
    void aTransactionSentWhileTheNodeIsDownStaysQueuedAndIsSentWhenItReturns() throws Exception {
        Path state = home.resolveSibling(home.getFileName() + "-anvil.json");
        int port;
        try (Anvil node = Anvil.start(0, state)) {
            port = node.port();
            assertThat(run("network", "add", "Devnet", "--rpc", node.rpcUrl(), "--chain-id", "31337").code()).isZero();
        }
        String raw = Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "9", 10, 1);
        String hash = Anvil.cast("keccak", raw);
        CliTest.Result down = run("tx", "send", raw, "--network", "devnet", "--wait", "1");
        assertThat(down.code()).isZero();
        assertThat(down.out()).contains("queued   " + hash);
        assertThat(down.err()).contains("warning: Cannot connect to the node").contains("stay queued");
        try (Anvil node = Anvil.start(port, state)) {
            CliTest.Result status = run("tx", "status", hash);
            assertThat(status.code()).as(status.err()).isZero();
            assertThat(status.out()).containsPattern("status: +(pending|mined)");
            assertThat(Anvil.cast("nonce", "--rpc-url", node.rpcUrl(), Anvil.ADDR0, "--block", "pending")).isEqualTo("1");
        }
    }

    @Test
    void theSandboxStatusOfAFreshHomeIsStopped() {
        CliTest.Result r = run("sandbox", "status");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Sandbox stopped." + System.lineSeparator());
    }
}
