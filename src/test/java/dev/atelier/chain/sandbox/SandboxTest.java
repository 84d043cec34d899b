package dev.atelier.chain.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.testing.Anvil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's anvil launcher: free port, recorded for other processes, accounts, state kept and reset. */
class SandboxTest {
    @TempDir
    Path home;

    private Sandbox sandbox;

    private Sandbox sandbox() {
        // anvil found through -Datelier.tools, as in a developer checkout
        return new Sandbox(home.resolve("sandbox"), new AnvilLocator("", Map.of("PATH", "")));
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    void startsOnAFreePortAndAnotherInstanceSeesAndStopsIt() {
        sandbox = sandbox();
        SandboxStatus s = sandbox.start(0);
        assertThat(s.running()).isTrue();
        assertThat(s.port()).isPositive();
        assertThat(new EthRpc(new RpcClient(s.rpcUrl())).chainId()).isEqualTo(31337);
        assertThat(home.resolve("sandbox/sandbox.json")).exists();

        Sandbox other = sandbox(); // what a second CLI process does: only the record in the home
        assertThat(other.status()).isEqualTo(s);
        assertThat(other.start(0).pid()).as("start twice reuses the running chain").isEqualTo(s.pid());
        assertThat(other.stop()).isTrue();
        assertThat(ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(sandbox.status().running()).isFalse();
        assertThat(other.stop()).isFalse();
    }

    @Test
    void exposesAnvilsFundedDevelopmentAccounts() throws Exception {
        sandbox = sandbox();
        SandboxStatus s = sandbox.start(0);
        var accounts = sandbox.accounts();
        assertThat(accounts).hasSize(10);
        assertThat(accounts.get(0).address()).isEqualTo(Address.parse(Anvil.ADDR0));
        assertThat(accounts.get(0).publicTestKey()).isEqualTo(Anvil.KEY0);
        // the reference tool derives the same address from the printed key
        assertThat(Anvil.cast("wallet", "address", accounts.get(1).publicTestKey())).isEqualTo(accounts.get(1).address().toChecksumHex());
        assertThat(new EthRpc(new RpcClient(s.rpcUrl())).balance(accounts.get(9).address())).isPositive();
    }

    @Test
    void theChainSurvivesStopAndStartAndResetForgetsIt() throws Exception {
        sandbox = sandbox();
        SandboxStatus s = sandbox.start(0);
        Anvil.cast("publish", "--rpc-url", s.rpcUrl(), Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "1", 10, 1));
        sandbox.stop();
        SandboxStatus again = sandbox.start(0);
        EthRpc rpc = new EthRpc(new RpcClient(again.rpcUrl()));
        assertThat(rpc.pendingNonce(Address.parse(Anvil.ADDR0))).isEqualTo(1);

        SandboxStatus fresh = sandbox.reset(0);
        assertThat(fresh.port()).isEqualTo(again.port());
        assertThat(new EthRpc(new RpcClient(fresh.rpcUrl())).pendingNonce(Address.parse(Anvil.ADDR0))).isZero();
    }

    @Test
    void missingAnvilSaysHowToInstallIt() {
        Sandbox none = new Sandbox(home.resolve("sandbox"), new AnvilLocator("", Map.of("PATH", home.toString()), java.util.List.of()));
        assertThatThrownBy(() -> none.start(0)).isInstanceOf(AtelierException.class)
                .hasMessageContaining("npm install -g @foundry-rs/anvil-").hasMessageContaining("PATH");
    }

    @Test
    void aWrongAnvilPathInSettingsIsReported() {
        Sandbox bad = new Sandbox(home.resolve("sandbox"), new AnvilLocator(home.resolve("no-anvil").toString(), Map.of()));
        assertThatThrownBy(() -> bad.start(0)).hasMessageContaining("anvil chosen for the sandbox").hasMessageContaining("no-anvil");
    }

    @Test
    void aPortInUseIsReportedFromAnvilsOwnWords() throws Exception {
        try (Anvil busy = Anvil.start(0, null)) {
            sandbox = sandbox();
            assertThatThrownBy(() -> sandbox.start(busy.port())).isInstanceOf(AtelierException.class)
                    .hasMessageContaining("anvil stopped right after starting");
            assertThat(Files.exists(home.resolve("sandbox/sandbox.json"))).isFalse();
        }
    }
}
