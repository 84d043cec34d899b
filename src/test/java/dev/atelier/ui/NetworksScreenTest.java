package dev.atelier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.chain.Network;
import dev.atelier.common.ProgressSink;
import dev.atelier.testing.Anvil;
import dev.atelier.vault.AccountKind;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.kdf.KdfPolicy;
import dev.atelier.chain.NetworkPresets;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.testing.FxApp;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Networks screen driven like a user: select, test, add (with the chain id check), and the sandbox. */
class NetworksScreenTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path home;
    FxApp fx;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP));
        ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
        fx = FxApp.start(ctx);
        robot.clickOn("#nav-networks");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        // let background tasks finish before the home is closed and deleted
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.app().tasks().running().isEmpty());
        fx.context().networks().sandbox().stop();
        fx.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<Network> list() {
        return robot.lookup("#networks-list").queryAs(ListView.class);
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void choosingANetworkSelectsItForTheWholeApp() {
        assertThat(list().getItems()).hasSize(NetworkPresets.ALL.size());
        robot.interact(() -> list().getSelectionModel().select(NetworkPresets.byId("polygon").orElseThrow()));
        assertThat(robot.lookup("#network-name").queryAs(Label.class).getText()).isEqualTo("Polygon");
        assertThat(robot.lookup("#network-chain-id").queryAs(Label.class).getText()).startsWith("137");
        robot.clickOn("#use-network");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#header-network").queryButton().getText()).isEqualTo("Polygon (137)");
        assertThat(fx.context().settings().selectedNetwork()).isEqualTo("polygon");
    }

    @Test
    void addingACustomNetworkChecksTheNodeAndRefusesAMismatch() throws Exception {
        robot.clickOn("#add-network");
        robot.clickOn("#network-form-name").write("Wrong chain");
        robot.clickOn("#network-form-rpc").write(ANVIL.rpcUrl());
        robot.clickOn("#network-form-chain").write("137");
        robot.clickOn("#network-form-add");
        waitFor(() -> robot.lookup(n -> n instanceof Label l && l.getText() != null && l.getText().contains("is on chain 31337")).tryQuery().isPresent());
        robot.clickOn("OK");
        waitFor(() -> robot.lookup(".alert").tryQuery().isEmpty()); // the failure dialog is gone
        assertThat(list().getItems()).hasSize(NetworkPresets.ALL.size());

        robot.clickOn("#add-network");
        waitFor(() -> robot.lookup("#network-form-name").tryQuery().isPresent());
        robot.clickOn("#network-form-name").write("Studio devnet");
        robot.clickOn("#network-form-rpc").write(ANVIL.rpcUrl());
        robot.clickOn("#network-form-chain").write("31337");
        robot.clickOn("#network-form-add");
        waitFor(() -> list().getItems().size() == NetworkPresets.ALL.size() + 1);
        assertThat(robot.lookup("#network-name").queryAs(Label.class).getText()).isEqualTo("Studio devnet");
        robot.clickOn("#test-connection");
        waitFor(() -> robot.lookup("#test-result").queryAs(Label.class).getText().startsWith("Connected"));
        assertThat(robot.lookup("#test-result").queryAs(Label.class).getText()).contains("chain 31337").contains(" ms");
    }

    @Test
    void theSandboxStartsShowsItsAccountsAndStops() throws Exception {
        waitFor(() -> robot.lookup("#sandbox-status").queryAs(Label.class).getText().equals("Stopped"));
        assertThat(robot.lookup("#sandbox-card").lookup("#empty-action").tryQuery()).isPresent();
        robot.clickOn("#sandbox-start");
        waitFor(() -> robot.lookup("#sandbox-status").queryAs(Label.class).getText().startsWith("Running on http://127.0.0.1:"));
        TableView<?> accounts = robot.lookup("#sandbox-accounts").queryAs(TableView.class);
        waitFor(() -> accounts.getItems().size() == 10);
        assertThat(fx.context().networks().sandbox().status().running()).isTrue();

        robot.clickOn("#sandbox-add-to-vault");
        waitFor(() -> fx.context().vault().accounts().size() == 10);
        assertThat(fx.context().vault().accounts()).allMatch(a -> a.kind() == AccountKind.SANDBOX)
                .anyMatch(a -> a.address().toChecksumHex().equals(Anvil.ADDR0));

        robot.clickOn("#sandbox-stop");
        waitFor(() -> robot.lookup("#sandbox-status").queryAs(Label.class).getText().equals("Stopped"));
        assertThat(fx.context().networks().sandbox().status().running()).isFalse();
    }
}
