package dev.atelier.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.contracts.TokenLogs;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.MintService;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.Proc;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the minting process mid-batch (SIGKILL), run the same command again: the plan resumes and
 * the chain ends with every item minted exactly once.
 */
class MintKillResumeIT {
    @TempDir
    Path home;

    @Test
    void aKilledMintResumesWithNoItemTwiceAndNoneMissed() throws Exception {
        // one block per second: the first batch is signed and sent well before it is mined
        try (Anvil anvil = Anvil.start(0, null, "--block-time", "1")) {
            String contract;
            String networkId;
            try (AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
                ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
                ctx.vault().keys().addSandboxAccounts(1);
                Network n = ctx.networks().add(new Networks.NewNetwork("Devnet", anvil.rpcUrl(), 31337, "ETH", ""));
                networkId = n.id();
                Collection c = ctx.studio().createCollection(new Collection(0, "Crates", "CRT", Standard.ERC1155, "", "", "", "", 0,
                        n.id(), "opensea", "", "ipfs://bafycrates/"));
                for (int i = 1; i <= 600; i++) {
                    ctx.studio().addItem(c, Item.draft(c.id(), TokenId.of(i), "Crate " + i).withSupply(2), false);
                }
                c = new MintService(ctx.studio().store(), ctx.networks(), ctx.txQueue())
                        .deploy(ctx.studio().store().collection(c.id()).orElseThrow(), n, ctx.vault().signer(Address.parse(Anvil.ADDR0)),
                                Duration.ofSeconds(30), ProgressSink.NONE);
                contract = c.contractAddress();
            }
            long from = Long.parseLong(Anvil.cast("block-number", "--rpc-url", anvil.rpcUrl()));
            List<String> cmd = Proc.jar("--home", home.toString(), "mint", "--collection", "Crates", "--all", "--to", Anvil.ADDR1,
                    "--network", networkId);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(home.resolveSibling(home.getFileName() + "-mint1.log").toFile());
            pb.environment().put("ATELIER_PASSPHRASE", TestVaults.PASSPHRASE);
            Process first = pb.start();
            // kill as soon as a batch is signed and queued (studio.db is readable beside the writer: WAL)
            long deadline = System.currentTimeMillis() + 60_000;
            while (batches() == 0 && System.currentTimeMillis() < deadline && first.isAlive()) {
                Thread.sleep(20);
            }
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            int batchesAtKill = batches();
            assertThat(batchesAtKill).as("killed mid-plan").isBetween(1, 5);

            Proc.Result again = Proc.run(cmd, Map.of("ATELIER_PASSPHRASE", TestVaults.PASSPHRASE), null, 300);
            assertThat(again.code()).as(again.out() + again.err()).isZero();
            assertThat(again.err()).contains("Resuming mint plan");
            assertThat(again.out()).contains("Minted 600 item(s)").contains("checked on chain");

            EthRpc rpc = new EthRpc(new RpcClient(anvil.rpcUrl()));
            var balances = TokenLogs.balances(TokenLogs.movements(rpc, Address.parse(contract), from, rpc.blockNumber(), 5_000,
                    ProgressSink.NONE));
            assertThat(balances).hasSize(600);
            assertThat(balances.values()).allMatch(h -> h.equals(Map.of(Address.parse(Anvil.ADDR1), BigInteger.TWO)));
            assertThat(Anvil.cast("call", "--rpc-url", anvil.rpcUrl(), contract, "totalSupply()(uint256)")).isEqualTo("1200");
        }
    }

    private int batches() throws Exception {
        File db = home.resolve("studio.db").toFile();
        if (!db.exists()) {
            return 0;
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
             var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mint_plan_batches")) {
            return rs.getInt(1);
        } catch (java.sql.SQLException busy) {
            return 0;
        }
    }
}
