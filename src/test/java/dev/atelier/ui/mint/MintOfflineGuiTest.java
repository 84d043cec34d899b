package dev.atelier.ui.mint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.cli.AtelierCli;
import dev.atelier.cli.CliIo;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.studio.Collection;
import dev.atelier.studio.Item;
import dev.atelier.studio.ItemStatus;
import dev.atelier.studio.Standard;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.MintPlan;
import dev.atelier.studio.mint.MintService;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.testing.FxAppTest;
import dev.atelier.testing.FxApp;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The air-gapped mint from the GUI (export in Studio → Mint, sign offline, broadcast in Activity),
 * and the start-up notice of a mint a crash left unfinished.
 */
class MintOfflineGuiTest extends FxAppTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path dir;

    /** A home with a vault (one sandbox account, ADDR0), a devnet and a collection of {@code count} items. */
    private static AppContext home(Path home, String name, Standard standard, int count) {
        AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP));
        ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
        ctx.vault().keys().addSandboxAccounts(1);
        if (name != null) {
            Network n = ctx.networks().add(new Networks.NewNetwork("Devnet", ANVIL.rpcUrl(), 31337, "ETH", ""));
            ctx.settings().setSelectedNetwork(n.id());
            Collection c = ctx.studio().createCollection(new Collection(0, name, "X", standard, "", "", "", "", 0, n.id(),
                    "opensea", "", "ipfs://bafy" + name.toLowerCase() + "/"));
            for (int i = 1; i <= count; i++) {
                ctx.studio().addItem(c, Item.draft(c.id(), TokenId.of(i), name + " " + i).withSupply(2), false);
            }
        }
        return ctx;
    }

    @Test
    void exportFromStudioSignOfflineBroadcastInActivityConfirmsEveryItemOnce() throws Exception {
        AppContext ctx = home(dir.resolve("online"), "Relics", Standard.ERC721, 12);
        Network n = ctx.networks().byId(ctx.settings().selectedNetwork()).orElseThrow();
        Collection c = ctx.studio().store().findCollection("Relics").orElseThrow();
        MintService service = new MintService(ctx.studio().store(), ctx.networks(), ctx.txQueue());
        // set-up only: the contract is deployed from ADDR0, whose key the offline home holds too
        String contract = service.deploy(c, n, ctx.vault().signer(Address.parse(Anvil.ADDR0)), Duration.ofSeconds(30),
                ProgressSink.NONE).contractAddress();
        // the online home keeps only a watch-only view of the owner: the vault is locked
        ctx.vault().lock();
        try (AppContext offline = home(dir.resolve("offline"), null, null, 0)) {
            assertThat(offline.vault().accounts()).isNotEmpty();
        }
        Path request = dir.resolve("carry").resolve("relics-request.json");
        Path response = dir.resolve("relics-response.json");

        fx = FxApp.start(ctx);
        robot.clickOn("#nav-studio");
        waitFor(() -> robot.lookup("#studio-mint").tryQuery().isPresent());
        robot.clickOn("#studio-mint");
        waitFor(() -> showing("#mint-export"));
        // the vault is locked, so there is no account to sign with: the export needs none
        assertThat(robot.lookup("#mint-from").queryComboBox().getItems()).isEmpty();
        robot.interact(() -> robot.lookup("#mint-to").queryAs(TextField.class).setText(Anvil.ADDR1));
        robot.clickOn("#mint-export");
        waitFor(() -> robot.lookup("#export-path").tryQuery().isPresent());
        assertThat(robot.lookup("#export-path").queryAs(TextField.class).getText()).contains("Relics-mint-").endsWith(".json");
        robot.interact(() -> robot.lookup("#export-path").queryAs(TextField.class).setText(request.toString()));
        robot.clickOn("#export-confirm");
        waitFor(() -> robot.lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(x -> x instanceof Label l && l.getText() != null && l.getText().contains("Activity → Broadcast signed")));
        robot.clickOn("OK");
        assertThat(Files.readString(request)).contains("\"format\" : \"atelier-signing-request\"");
        waitFor(() -> showing("#mint-awaiting"));
        assertThat(robot.lookup("#mint-awaiting").queryAs(Label.class).getText()).startsWith("12 item(s) were exported");
        assertThat(ctx.studio().store().allItems(c.id())).allMatch(i -> i.status() == ItemStatus.MINTING);
        // exported items are set aside: a second export (or Mint) does not take them, and no "interrupted" notice is due
        assertThat(service.interrupted()).isEmpty();
        robot.clickOn("#mint-export");
        waitFor(() -> robot.lookup("#export-path").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-path").queryAs(TextField.class).setText(dir.resolve("again.json").toString()));
        robot.clickOn("#export-confirm");
        waitFor(() -> robot.lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(x -> x instanceof Label l && l.getText() != null && l.getText().contains("already minted or in an unfinished")));
        robot.clickOn("OK");
        assertThat(dir.resolve("again.json")).doesNotExist();
        robot.clickOn("Close");

        // the offline machine signs with the CLI
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtelierCli.execute(new String[] {"--home", dir.resolve("offline").toString(), "request", "sign", "--in",
                request.toString(), "--out", response.toString()}, new CliIo(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true), Map.of("ATELIER_PASSPHRASE", TestVaults.PASSPHRASE)));
        assertThat(code).as(err.toString()).isZero();

        // back online: Activity → Broadcast signed…, the response pasted as the dialog takes it from a file
        robot.clickOn("#nav-activity");
        waitFor(() -> showing("#activity-broadcast"));
        robot.clickOn("#activity-broadcast");
        waitFor(() -> robot.lookup("#broadcast-raw").tryQuery().isPresent());
        String text = Files.readString(response);
        robot.interact(() -> robot.lookup("#broadcast-raw").queryAs(TextArea.class).setText(text));
        robot.clickOn("#broadcast-send");
        waitFor(() -> {
            if (ctx.studio().store().allItems(c.id()).stream().allMatch(i -> i.status() == ItemStatus.MINTED)) {
                return true;
            }
            robot.interact(() -> robot.lookup("#activity-refresh").queryButton().fire());
            return false;
        });
        var plans = service.plans().unfinished(c.id());
        assertThat(plans).as("the exported plan is finished").isEmpty();
        for (int id = 1; id <= 12; id++) {
            assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "ownerOf(uint256)(address)", Integer.toString(id)))
                    .isEqualTo(Anvil.ADDR1);
        }
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "balanceOf(address)(uint256)", Anvil.ADDR1)).isEqualTo("12");
        // the same response broadcast again mints nothing more
        robot.clickOn("#activity-broadcast");
        waitFor(() -> robot.lookup("#broadcast-raw").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#broadcast-raw").queryAs(TextArea.class).setText(text));
        robot.clickOn("#broadcast-send");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx.app().tasks().running().isEmpty());
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), contract, "balanceOf(address)(uint256)", Anvil.ADDR1)).isEqualTo("12");
    }

    @Test
    void anInterruptedMintIsAnnouncedAtStartAndItsActionOpensMint() throws Exception {
        AppContext ctx = home(dir.resolve("home"), "Potions", Standard.ERC1155, 7);
        Network n = ctx.networks().byId(ctx.settings().selectedNetwork()).orElseThrow();
        MintService service = new MintService(ctx.studio().store(), ctx.networks(), ctx.txQueue());
        Collection c = service.deploy(ctx.studio().store().findCollection("Potions").orElseThrow(), n,
                ctx.vault().signer(Address.parse(Anvil.ADDR0)), Duration.ofSeconds(30), ProgressSink.NONE);
        // a plan written to studio.db, then the app died before sending anything
        long plan = service.plan(c, ctx.studio().store().allItems(c.id()), Address.parse(Anvil.ADDR2), Address.parse(Anvil.ADDR0), n);
        assertThat(service.plans().plan(plan).orElseThrow().status()).isEqualTo(MintPlan.Status.PLANNED);

        fx = FxApp.start(ctx);
        waitFor(() -> robot.lookup("#notification-action").tryQuery().isPresent());
        String notice = robot.lookup(".notification").queryAll().stream().map(x -> ((atlantafx.base.controls.Notification) x).getMessage())
                .filter(m -> m.contains("interrupted")).findFirst().orElseThrow();
        assertThat(notice).contains("The mint of Potions was interrupted: 7 item(s) are not minted yet");
        // non-modal: no window on top of the app, which stays usable while it shows
        assertThat(javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).count()).isEqualTo(1);
        robot.clickOn("#nav-activity");
        assertThat(fx.app().shell().current()).isEqualTo(dev.atelier.ui.Screen.ACTIVITY);
        assertThat(robot.lookup("#notification-action").tryQuery()).isPresent();
        robot.clickOn("#notification-action");
        waitFor(() -> showing("#mint-resume"));
        assertThat(robot.lookup("#mint-resume").queryAs(Label.class).getText()).contains("0 of 7 item(s) to " + Anvil.ADDR2);
        assertThat(fx.app().shell().current()).isEqualTo(dev.atelier.ui.Screen.STUDIO);
        assertThat(robot.lookup("#notification-action").tryQuery()).isEmpty();
        robot.clickOn("#mint-start");
        waitFor(() -> robot.lookup("#mint-status").queryAs(Label.class).getText().startsWith("Minted 7 item(s)"));
        assertThat(Anvil.cast("call", "--rpc-url", ANVIL.rpcUrl(), c.contractAddress(), "balanceOf(address,uint256)(uint256)",
                Anvil.ADDR2, "7")).isEqualTo("2");
        robot.clickOn("Close");
        assertThat(service.interrupted()).isEmpty();
    }
}
