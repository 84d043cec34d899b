package dev.atelier.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.atelier.chain.tx.SignedTx;
import dev.atelier.crypto.Address;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON-RPC client against a real anvil and a local misbehaving HTTP server. */
class RpcClientTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int status, byte[] body, AtomicInteger hits) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/rpc";
    }

    @Test
    void typedCallsReadTheRealNode() throws Exception {
        EthRpc rpc = new EthRpc(new RpcClient(ANVIL.rpcUrl()));
        assertThat(rpc.chainId()).isEqualTo(31337);
        assertThat(rpc.balance(Address.parse(Anvil.ADDR2)))
                .isEqualTo(new BigInteger(Anvil.cast("balance", "--rpc-url", ANVIL.rpcUrl(), Anvil.ADDR2)));
        assertThat(rpc.latestBlock().baseFee()).isPositive();
    }

    @Test
    void nodeErrorsAreExplainedInPlainWordsAndKeepTheNodesText() throws Exception {
        EthRpc rpc = new EthRpc(new RpcClient(ANVIL.rpcUrl()));
        // an account with no funds signs a transfer: the node refuses it
        String poorKey = "0x" + "11".repeat(32);
        String raw = Anvil.cast("mktx", "--private-key", poorKey, "--chain", "31337", "--nonce", "0", "--gas-limit", "21000",
                "--gas-price", "10gwei", "--priority-gas-price", "1gwei", Anvil.ADDR1, "--value", "1ether");
        assertThatThrownBy(() -> rpc.sendRawTransaction(SignedTx.parse(raw).rawHex()))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.unreachable()).isFalse();
                    assertThat(e.getMessage()).contains("does not hold enough funds").contains("[node: ");
                    assertThat(e.nodeSaid("insufficient funds")).isTrue();
                });
    }

    @Test
    void aDeadNodeIsRetriedWithBackoffThenReportedAsUnreachable() {
        RpcClient c = new RpcClient("http://127.0.0.1:1", new RpcClient.Policy(Duration.ofSeconds(2), 3, Duration.ofMillis(100), 1 << 20));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> c.call("eth_chainId")).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.unreachable()).isTrue();
            assertThat(e.getMessage()).contains("Cannot connect to the node at http://127.0.0.1:1");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300)); // 100 + 200 ms backoff
    }

    @Test
    void busyAnswersAreRetriedAndThenReported() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        String url = serve(503, "busy".getBytes(StandardCharsets.UTF_8), hits);
        RpcClient c = new RpcClient(url, new RpcClient.Policy(Duration.ofSeconds(2), 3, Duration.ofMillis(10), 1 << 20));
        assertThatThrownBy(() -> c.call("eth_chainId")).isInstanceOfSatisfying(RpcException.class,
                e -> assertThat(e.getMessage()).contains("HTTP 503"));
        assertThat(hits.get()).isEqualTo(3);
    }

    @Test
    void anOversizedReplyIsRefusedBeforeParsing() throws Exception {
        byte[] huge = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"" + "a".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.US_ASCII);
        String url = serve(200, huge, new AtomicInteger());
        RpcClient c = new RpcClient(url, new RpcClient.Policy(Duration.ofSeconds(5), 1, Duration.ZERO, 1 << 20));
        assertThatThrownBy(() -> c.call("eth_getLogs")).isInstanceOf(RpcException.class).hasMessageContaining("larger than 1 MiB");
    }

    @Test
    void somethingThatIsNotJsonRpcIsNamedAsSuch() throws Exception {
        String url = serve(200, "<html>hello</html>".getBytes(StandardCharsets.UTF_8), new AtomicInteger());
        assertThatThrownBy(() -> new RpcClient(url).call("eth_chainId")).hasMessageContaining("not with JSON-RPC");
    }

    @Test
    void theUrlsPathAndKeyNeverAppearInMessages() throws Exception {
        String url = serve(401, "{}".getBytes(StandardCharsets.UTF_8), new AtomicInteger()) + "/v3/0123456789abcdef0123456789abcdef";
        assertThatThrownBy(() -> new RpcClient(url).call("eth_chainId"))
                .hasMessageContaining("refused access").hasMessageNotContaining("0123456789abcdef");
    }

    @Test
    void hexQuantitiesAreBoundedTo256Bits() {
        assertThat(Quantities.parse("0xff", "x")).isEqualTo(255);
        assertThatThrownBy(() -> Quantities.parse("0x" + "f".repeat(65), "balance")).hasMessageContaining("malformed balance");
        assertThatThrownBy(() -> Quantities.parse("12", "x")).isInstanceOf(RpcException.class);
    }
}
