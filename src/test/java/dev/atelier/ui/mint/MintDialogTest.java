package dev.atelier.ui.mint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemStatus;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.MintService;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.testing.FxAppTest;
import dev.atelier.testing.FxApp;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Studio → Mint driven like a user: deploy the contract, mint every item, see it on chain, then manage a token. */
class MintDialogTest extends FxAppTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path home;

    @Test
    void anInterruptedPlanIsOfferedAndFinishedWithNoItemTwice() throws Exception {
        AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP));
        ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
        ctx.vault().keys().addSandboxAccounts(1);
        Network n = ctx.networks().add(new Networks.NewNetwork("Devnet", ANVIL.rpcUrl(), 31337, "ETH", ""));
        Collection c = ctx.studio().createCollection(new Collection(0, "Elixirs", "ELX", Standard.ERC1155, "", "", "", "", 0, n.id(),
                "opensea", "", "ipfs://bafyelixirs/"));
        for (int i = 1; i <= 30; i++) {
            ctx.studio().addItem(c, Item.draft(c.id(), TokenId.of(i), "Elixir " + i).withSupply(3), false);
        }
        // a plan written to studio.db, then the app died before sending anything
        MintService service = new MintService(ctx.studio().store(), ctx.networks(), ctx.txQueue());
        Collection deployed = service.deploy(ctx.studio().store().collection(c.id()).orElseThrow(), n,
                ctx.vault().signer(Address.parse(Anvil.ADDR0)), Duration.ofSeconds(30), ProgressSink.NONE);
        service.plan(deployed, ctx.studio().store().allItems(c.id()), Address.parse(Anvil.ADDR1), Address.parse(Anvil.ADDR0), n);
        String contract = deployed.contractAddress();

        fx = FxApp.start(ctx);
        robot.clickOn("#nav-studio");
        waitFor(() -> robot.lookup("#studio-mint").tryQuery().isPresent());
        robot.clickOn("#studio-mint");
        waitFor(() -> robot.lookup("#mint-resume").tryQuery().isPresent());
        Label resume = robot.lookup("#mint-resume").queryAs(Label.class);
        assertThat(resume.isVisible()).isTrue();
        assertThat(resume.getText()).contains("0 of 30 item(s) to " + Anvil.ADDR1).contains("Press Mint to finish it");
        // the recipient is the plan's, not the default (the signing account)
        assertThat(robot.lookup("#mint-to").queryAs(TextField.class).getText()).isEqualTo(Anvil.ADDR1);

        robot.clickOn("#mint-start");
        waitFor(() -> robot.lookup("#mint-status").queryAs(Label.class).getText().startsWith("Minted 30 item(s)"));
        assertThat(robot.lookup("#mint-status").queryAs(Label.class).getText()).contains("checked on chain");
        waitFor(() -> !resume.isVisible());
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "totalSupply()(uint256)")).isEqualTo("90");
        for (int id : new int[] {1, 15, 30}) {
            assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "balanceOf(address,uint256)(uint256)", Anvil.ADDR1,
                    Integer.toString(id))).isEqualTo("3");
        }
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "balanceOf(address,uint256)(uint256)", Anvil.ADDR0, "1"))
                .isEqualTo("0");
        assertThat(ctx.studio().store().allItems(c.id())).allMatch(i -> i.status() == ItemStatus.MINTED);
    }

    @Test
    void deployThenMintEveryItemFromTheStudio() throws Exception {
        AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP));
        ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
        ctx.vault().keys().addSandboxAccounts(1);
        Network n = ctx.networks().add(new Networks.NewNetwork("Devnet", ANVIL.rpcUrl(), 31337, "ETH", ""));
        Collection c = ctx.studio().createCollection(new Collection(0, "Potions", "POT", Standard.ERC1155, "", "", "", "", 0, n.id(),
                "opensea", "", "ipfs://bafypotions/"));
        for (int i = 1; i <= 20; i++) {
            ctx.studio().addItem(c, Item.draft(c.id(), TokenId.of(i), "Potion " + i).withSupply(5), false);
        }
        fx = FxApp.start(ctx);
        robot.clickOn("#nav-studio");
        waitFor(() -> robot.lookup("#studio-mint").tryQuery().isPresent());
        robot.clickOn("#studio-mint");
        waitFor(() -> robot.lookup("#mint-deploy").tryQuery().isPresent());
        robot.clickOn("#mint-deploy");
        waitFor(() -> robot.lookup("#mint-contract").queryAs(Label.class).getText().startsWith("Contract 0x"));
        String contract = robot.lookup("#mint-contract").queryAs(Label.class).getText().substring("Contract ".length());
        assertThat(ctx.studio().store().collection(c.id()).orElseThrow().contractAddress()).isEqualTo(contract);

        robot.clickOn("#mint-start");
        waitFor(() -> robot.lookup("#mint-status").queryAs(Label.class).getText().startsWith("Minted 20 item(s)"));
        assertThat(robot.lookup("#mint-status").queryAs(Label.class).getText()).contains("checked on chain");
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "totalSupply()(uint256)")).isEqualTo("100");
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "balanceOf(address,uint256)(uint256)", Anvil.ADDR0, "20"))
                .isEqualTo("5");
        assertThat(ctx.studio().store().allItems(c.id())).allMatch(i -> i.status() == ItemStatus.MINTED);
        robot.clickOn("Close");

        // Manage: select item #3 in the Studio, open Mint again, read the holders, transfer 2, update its metadata
        TableView<?> table = robot.lookup("#studio-table").queryTableView();
        waitFor(() -> table.getItems().size() == 20);
        robot.interact(() -> table.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#studio-mint");
        waitFor(() -> robot.lookup("#manage-tab").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#mint-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        assertThat(robot.lookup("#manage-token").queryAs(Label.class).getText()).startsWith("Token #3");
        robot.clickOn("#manage-read");
        ListView<?> holders = robot.lookup("#manage-holders").queryListView();
        waitFor(() -> holders.getItems().size() == 1);
        assertThat(holders.getItems().get(0).toString()).contains(Anvil.ADDR0).contains("amount=5");
        robot.interact(() -> {
            robot.lookup("#manage-to").queryAs(TextField.class).setText(Anvil.ADDR1);
            robot.lookup("#manage-amount").queryAs(TextField.class).setText("2");
        });
        robot.clickOn("#manage-transfer");
        waitFor(() -> robot.lookup("#mint-status").queryAs(Label.class).getText().startsWith("Transferred"));
        waitFor(() -> holders.getItems().size() == 2);
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "balanceOf(address,uint256)(uint256)", Anvil.ADDR1, "3"))
                .isEqualTo("2");
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "balanceOf(address,uint256)(uint256)", Anvil.ADDR0, "3"))
                .isEqualTo("3");
        // the packaged URI is proposed; a new one is set on chain and the URI event is emitted
        assertThat(robot.lookup("#manage-uri").queryAs(TextField.class).getText())
                .isEqualTo("ipfs://bafypotions/" + "0".repeat(63) + "3.json");
        robot.interact(() -> robot.lookup("#manage-uri").queryAs(TextField.class).setText("ipfs://bafynew/3.json"));
        robot.clickOn("#manage-metadata");
        waitFor(() -> robot.lookup("#mint-status").queryAs(Label.class).getText().startsWith("Metadata updated"));
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "uri(uint256)(string)", "3"))
                .isEqualTo("\"ipfs://bafynew/3.json\"");
        assertThat(Anvil.cast("logs", "--rpc-url", ANVIL.rpcUrl(), "--address", contract, "URI(string,uint256)"))
                .contains("0x0000000000000000000000000000000000000000000000000000000000000003");
        robot.clickOn("Close");
        // the item editor shows who holds the token now
        try {
            waitFor(() -> robot.lookup("#item-token-line").queryAs(Label.class).getText().contains("2 holders, 5 in all"));
        } finally {
            assertThat(robot.lookup("#item-token-line").queryAs(Label.class).getText()).contains("2 holders, 5 in all");
        }
    }
}
