package dev.atelier.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.common.AtelierException;
import dev.atelier.testing.AnvilExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Custom networks: checked against the node before saving, found by name, tested for latency. */
class NetworksTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path dir;

    @Test
    void aCustomNetworkIsSavedOnlyWhenTheNodeConfirmsItsChainId() {
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.networks.add(new Networks.NewNetwork("Studio Devnet", ANVIL.rpcUrl(), 31337, "", "https://scan.example/"));
            assertThat(n.id()).isEqualTo("studio-devnet");
            assertThat(n.chainId()).isEqualTo(31337);
            assertThat(n.explorerUrl()).isEqualTo("https://scan.example");
            assertThat(n.currency()).isEqualTo("ETH");
            assertThat(f.networks.isCustom(n)).isTrue();
        }
        // persisted: a fresh set of services over the same file finds it by name, id and chain id
        try (ChainFixture f = new ChainFixture(dir)) {
            assertThat(f.networks.find("studio devnet").rpcUrl()).isEqualTo(ANVIL.rpcUrl());
            assertThat(f.networks.find("studio-devnet").name()).isEqualTo("Studio Devnet");
            assertThat(f.networks.all()).hasSize(NetworkPresets.ALL.size() + 1);
        }
    }

    @Test
    void aChainIdMismatchIsRefusedAndNothingIsSaved() {
        try (ChainFixture f = new ChainFixture(dir)) {
            assertThatThrownBy(() -> f.networks.add(new Networks.NewNetwork("Fake mainnet", ANVIL.rpcUrl(), 1, "ETH", "")))
                    .isInstanceOf(AtelierException.class)
                    .hasMessageContaining("on chain 31337")
                    .hasMessageContaining("not 1 (Ethereum)")
                    .hasMessageContaining("nothing was saved");
            assertThat(f.networks.all()).hasSize(NetworkPresets.ALL.size());
        }
    }

    @Test
    void withoutAChainIdTheNodesOwnIsTaken() {
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.networks.add(new Networks.NewNetwork("Anvil", ANVIL.rpcUrl(), 0, null, null));
            assertThat(n.chainId()).isEqualTo(31337);
            assertThat(n.testnet()).isTrue();
        }
    }

    @Test
    void anRpcUrlWithAnApiKeyNeverReachesStudioDb() {
        try (ChainFixture f = new ChainFixture(dir)) {
            assertThatThrownBy(() -> f.networks.add(new Networks.NewNetwork("Infura",
                    "https://mainnet.infura.io/v3/0123456789abcdef0123456789abcdef", 1, "ETH", "")))
                    .isInstanceOf(AtelierException.class).hasMessageContaining("API key").hasMessageContaining("vault");
            assertThat(f.networks.all()).hasSize(NetworkPresets.ALL.size());
            int rows = f.db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM networks")) {
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void badInputIsRefusedWithAnActionableMessage() {
        try (ChainFixture f = new ChainFixture(dir)) {
            assertThatThrownBy(() -> f.networks.add(new Networks.NewNetwork("", ANVIL.rpcUrl(), 0, null, null)))
                    .hasMessageContaining("name");
            assertThatThrownBy(() -> f.networks.add(new Networks.NewNetwork("X", "ws://127.0.0.1:1", 0, null, null)))
                    .hasMessageContaining("WebSocket");
            assertThatThrownBy(() -> f.networks.add(new Networks.NewNetwork("Ethereum", ANVIL.rpcUrl(), 0, null, null)))
                    .hasMessageContaining("already exists");
            assertThatThrownBy(() -> f.networks.add(new Networks.NewNetwork("X", ANVIL.rpcUrl(), 0, "not a symbol!", null)))
                    .hasMessageContaining("currency");
            assertThatThrownBy(() -> f.networks.find("nowhere")).hasMessageContaining("network list");
        }
    }

    @Test
    void anUnreachableNodeIsReportedInPlainWords() {
        try (ChainFixture f = new ChainFixture(dir)) {
            assertThatThrownBy(() -> f.networks.add(new Networks.NewNetwork("Down", "http://127.0.0.1:1", 0, null, null)))
                    .isInstanceOf(AtelierException.class).hasMessageContaining("Cannot connect to the node at http://127.0.0.1:1");
        }
    }

    @Test
    void testConnectionReportsChainHeadAndLatency() throws Exception {
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Local", ANVIL.rpcUrl());
            ConnectionReport r = f.networks.test(n);
            assertThat(r.chainMatches()).isTrue();
            assertThat(r.latestBlock()).isEqualTo(Long.parseLong(ANVIL.anvil().rpc("eth_blockNumber").replace("\"", "").substring(2), 16));
            assertThat(r.latency().toMillis()).isBetween(0L, 5_000L);
            assertThat(r.summary()).contains("chain 31337").contains("block ");
            assertThat(r.fees()).isNotNull();
            assertThat(r.fees().eip1559()).isTrue();
            assertThat(r.feeLine()).startsWith("Fees now (max per gas): slow ").endsWith(" gwei");
        }
    }

    @Test
    void customNetworksCanBeRemovedButPresetsCannot() {
        try (ChainFixture f = new ChainFixture(dir)) {
            Network n = f.addLocal("Temp", ANVIL.rpcUrl());
            f.networks.remove(n);
            assertThat(f.networks.byId(n.id())).isEmpty();
            assertThatThrownBy(() -> f.networks.remove(NetworkPresets.SANDBOX)).hasMessageContaining("built-in");
        }
    }
}
