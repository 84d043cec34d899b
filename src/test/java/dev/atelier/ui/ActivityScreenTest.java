package dev.atelier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.tx.SignedTx;
import dev.atelier.chain.tx.TxStatus;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.FxApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Activity screen: a queue left by an earlier run is finished on start; broadcast; replacement requests. */
class ActivityScreenTest {
    @TempDir
    Path home;
    Anvil anvil;
    FxApp fx;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void setUp() throws Exception {
        anvil = Anvil.start(0, null, "--no-mining");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (fx != null) {
            // let background tasks finish before the home is closed and deleted
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.app().tasks().running().isEmpty());
            fx.close();
        }
        anvil.close();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<dev.atelier.ui.activity.ActivityViewModel.Row> table() {
        return robot.lookup("#activity-table").queryAs(TableView.class);
    }

    @Test
    void aQueueLeftByAnEarlierRunIsSentOnStartAndAReplacementCanBePlanned() throws Exception {
        // an earlier run queued a transaction and quit before sending it
        try (AppContext ctx = AppContext.open(AppPaths.at(home))) {
            Network n = ctx.networks().add(new Networks.NewNetwork("Devnet", anvil.rpcUrl(), 31337, "ETH", "https://scan.example"));
            ctx.settings().setSelectedNetwork(n.id());
            ctx.txQueue().enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "5", 10, 1)), "left behind");
        }
        fx = FxApp.start(home);
        // the app reconciles on start: the node now has it in its pool (no mining yet)
        waitFor(() -> fx.context().txQueue().store().recent(5).get(0).status() == TxStatus.PENDING);
        assertThat(anvil.rpc("txpool_status")).contains("\"pending\":\"0x1\"");

        robot.clickOn("#nav-activity");
        waitFor(() -> table().getItems().size() == 1);
        robot.interact(() -> table().getSelectionModel().select(0));
        assertThat(robot.lookup("#activity-detail").queryAs(Label.class).getText()).contains("Pending").contains("nonce 0");
        robot.clickOn("#activity-cancel");
        waitFor(() -> robot.lookup("#replacement-request").tryQuery().isPresent());
        String request = robot.lookup("#replacement-request").queryAs(TextArea.class).getText();
        assertThat(request).contains("\"nonce\" : \"0x0\"").contains("\"to\" : \"" + Anvil.ADDR0 + "\"").contains("\"value\" : \"0x0\"");
        robot.clickOn("Close");

        anvil.rpc("evm_mine");
        robot.clickOn("#activity-refresh");
        waitFor(() -> table().getItems().get(0).entry().status() == TxStatus.MINED);
        waitFor(() -> table().getItems().get(0).confirmations() != null);
        assertThat(table().getItems().get(0).confirmations()).isEqualTo(1);
        assertThat(table().getItems().get(0).explorerUrl()).startsWith("https://scan.example/tx/0x");
    }

    @Test
    void aPastedSignedTransactionIsQueuedAndBroadcast() throws Exception {
        try (AppContext ctx = AppContext.open(AppPaths.at(home))) {
            Network n = ctx.networks().add(new Networks.NewNetwork("Devnet", anvil.rpcUrl(), 31337, "ETH", ""));
            ctx.settings().setSelectedNetwork(n.id());
        }
        fx = FxApp.start(home);
        robot.clickOn("#nav-activity");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#empty-action");
        String raw = Anvil.signTransfer(Anvil.KEY0, 0, Anvil.ADDR1, "77", 10, 1);
        robot.interact(() -> robot.lookup("#broadcast-raw").queryAs(TextArea.class).setText(raw));
        robot.clickOn("#broadcast-send");
        // the screen swaps its empty state for the table when the first row arrives
        waitFor(() -> robot.lookup("#activity-table").tryQuery().isPresent() && table().getItems().size() == 1
                && table().getItems().get(0).entry().status() == TxStatus.PENDING);
        assertThat(table().getItems().get(0).entry().hash()).isEqualTo(Anvil.cast("keccak", raw));
    }
}
