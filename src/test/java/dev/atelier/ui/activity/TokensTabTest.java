package dev.atelier.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.MintService;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.testing.FxAppTest;
import dev.atelier.testing.FxApp;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Activity → Tokens: holders and movements read back from a real chain, refreshed through the task runner. */
class TokensTabTest extends FxAppTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path home;

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void mintedAndTransferredTokensAreListedWithOwnersBalancesAndTransactions() throws Exception {
        AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP));
        ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
        ctx.vault().keys().addSandboxAccounts(2);
        Network n = ctx.networks().add(new Networks.NewNetwork("Devnet", ANVIL.rpcUrl(), 31337, "ETH", "https://scan.example"));
        ctx.settings().setSelectedNetwork(n.id());
        Collection c = ctx.studio().createCollection(new Collection(0, "Gems", "GEM", Standard.ERC1155, "", "", "", "", 0, n.id(),
                "opensea", "", "ipfs://bafygems/"));
        for (int i = 1; i <= 3; i++) {
            ctx.studio().addItem(c, Item.draft(c.id(), TokenId.of(i), "Gem " + i).withSupply(4), false);
        }
        MintService service = new MintService(ctx.studio().store(), ctx.networks(), ctx.txQueue());
        var signer0 = ctx.vault().signer(Address.parse(Anvil.ADDR0));
        Collection deployed = service.deploy(ctx.studio().store().collection(c.id()).orElseThrow(), n, signer0, Duration.ofSeconds(30),
                ProgressSink.NONE);
        String contract = deployed.contractAddress();
        long plan = service.plan(deployed, ctx.studio().store().allItems(c.id()), Address.parse(Anvil.ADDR0), Address.parse(Anvil.ADDR0), n);
        service.runner().run(plan, signer0, Duration.ofSeconds(30), ProgressSink.NONE);
        // a transfer of 3 of token #2 to ADDR1, not read back yet
        var transfer = service.tokens().transfer(deployed, n, signer0, BigInteger.TWO, Address.parse(Anvil.ADDR1), BigInteger.valueOf(3));

        fx = FxApp.start(ctx);
        robot.clickOn("#nav-activity");
        waitFor(() -> robot.lookup("#activity-tabs").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#activity-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        // nothing read from the chain yet: the empty state says what to do
        waitFor(() -> showing("#tokens-empty-action"));
        robot.clickOn("#tokens-empty-action");
        waitFor(() -> showing("#tokens-holdings") && table("#tokens-holdings").getItems().size() == 4);
        TableView<TokensViewModel.Holding> holders = table("#tokens-holdings");
        for (TokensViewModel.Holding h : holders.getItems()) {
            String onChain = Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "balanceOf(address,uint256)(uint256)",
                    h.row().holder().toChecksumHex(), h.row().token().decimal());
            assertThat(h.row().amount().toString()).as("balance of #" + h.row().token() + " held by " + h.row().holder()).isEqualTo(onChain);
            assertThat(h.collection().name()).isEqualTo("Gems");
            // the block shown is the one the chain mined its transaction in
            String block = Anvil.cast("receipt", "--rpc-url", ANVIL.rpcUrl(), h.row().txHash(), "blockNumber");
            assertThat(Long.toString(h.row().block())).isEqualTo(block);
            assertThat(h.explorerUrl()).isEqualTo("https://scan.example/tx/" + h.row().txHash());
        }
        List<String> owners2 = holders.getItems().stream().filter(h -> h.row().token().decimal().equals("2"))
                .map(h -> h.row().holder().toChecksumHex() + "=" + h.row().amount()).toList();
        assertThat(owners2).containsExactlyInAnyOrder(Anvil.ADDR0 + "=1", Anvil.ADDR1 + "=3");
        assertThat(holders.getItems().stream().filter(h -> h.row().holder().toChecksumHex().equals(Anvil.ADDR1)).findFirst()
                .orElseThrow().row().txHash()).isEqualTo(transfer.hash());
        TableView<TokensViewModel.Movement> moves = table("#tokens-movements");
        assertThat(moves.getItems()).hasSize(4); // one TransferBatch of three ids, one TransferSingle
        assertThat(moves.getItems().get(0).kind()).isEqualTo("Transfer");
        assertThat(moves.getItems().get(0).move().txHash()).isEqualTo(transfer.hash());
        assertThat(moves.getItems().stream().filter(m -> m.kind().equals("Mint")).count()).isEqualTo(3);
        assertThat(robot.lookup("#tokens-status").queryAs(Label.class).getText()).startsWith("Read 1 collection(s): 4 new movement(s)");

        // a burn on chain shows after Refresh from chain (only the new blocks are read)
        service.tokens().burn(deployed, n, ctx.vault().signer(Address.parse(Anvil.ADDR1)), BigInteger.TWO, BigInteger.valueOf(3));
        robot.clickOn("#tokens-refresh");
        waitFor(() -> holders.getItems().size() == 3 && robot.lookup("#tokens-status").queryAs(Label.class).getText()
                .startsWith("Read 1 collection(s): 1 new movement(s)"));
        assertThat(moves.getItems().get(0).kind()).isEqualTo("Burn");
        assertThat(holders.getItems()).noneMatch(h -> h.row().holder().toChecksumHex().equals(Anvil.ADDR1));
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "balanceOf(address,uint256)(uint256)", Anvil.ADDR1, "2"))
                .isEqualTo("0");
    }
}
