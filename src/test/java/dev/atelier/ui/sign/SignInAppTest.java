package dev.atelier.ui.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.common.ProgressSink;
import dev.atelier.signing.Hex;
import dev.atelier.signing.RawTxDecoder;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.testing.FxApp;
import dev.atelier.testing.TestKeys;
import dev.atelier.ui.Screen;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.VaultState;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The whole app with its real (locked) vault: a request file handed over by the desktop opens on the
 * Sign screen; the user reviews it, approves, types the passphrase, and saves the response.
 */
class SignInAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @Test
    void aRequestFileOpensOnTheSignScreenAndIsSignedWithTheLockedVault() throws Exception {
        Path home = dir.resolve("home");
        AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP));
        ctx.vault().create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
        String address = ctx.vault().keys().importPrivateKey(HexFormat.of().parseHex(TestKeys.ANVIL_2.substring(2)), "Studio").address()
                .toChecksumHex();
        ctx.vault().lock();
        Path request = dir.resolve("payout.atelier-request");
        Files.write(request, SigningRequest.create(31337, "Local sandbox", "Pay the modeller", List.of(SigningRequest.txItem(JSON.readTree("""
                {"from":"%s","chainId":"0x7a69","nonce":"0x3","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","value":"0xde0b6b3a7640000",
                 "gas":"0x5208","maxFeePerGas":"0x6fc23ac00","maxPriorityFeePerGas":"0x3b9aca00"}""".formatted(address))))).toBytes());
        Path response = dir.resolve("payout-response.json");
        try (FxApp fx = FxApp.start(ctx)) {
            assertThat(fx.app().shell().vaultStateProperty().get()).isEqualTo(VaultState.LOCKED);
            robot.interact(() -> {
                fx.app().shell().select(Screen.SIGN);
                fx.app().shell().fileToOpenProperty().set(request);
            });
            SignScreenTest.waitFor(() -> robot.lookup("#review-pane").tryQuery().isPresent());
            SignView view = (SignView) robot.lookup(".sign-screen").query();
            view.setFiles(new SignFiles() {
                @Override
                public List<Path> openRequests(Window owner) {
                    return List.of();
                }

                @Override
                public Optional<Path> saveResponse(Window owner, String suggestedName) {
                    return Optional.of(response);
                }
            });
            assertThat(robot.lookup("#request-purpose").<Label>query().getText()).isEqualTo("Pay the modeller");
            assertThat(robot.lookup("#detail-value").<javafx.scene.control.TextField>query().getText()).isEqualTo("1 ETH");
            assertThat(robot.lookup("#detail-account").<javafx.scene.control.TextField>query().getText()).contains("Studio").contains(address);
            robot.clickOn("#approve");
            SignScreenTest.waitFor(() -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
            robot.clickOn("#unlock-passphrase").write(TestVaults.PASSPHRASE);
            robot.clickOn("#unlock-ok");
            SignScreenTest.waitFor(() -> robot.lookup("#result-pane").tryQuery().isPresent());
            robot.clickOn("#save-response");
            SignScreenTest.waitFor(() -> Files.exists(response));
        }
        SigningResponse resp = SigningResponse.parse(SigningFiles.read(response));
        resp.checkAnswers(SigningRequest.parse(SigningFiles.read(request)));
        RawTxDecoder.Decoded d = RawTxDecoder.decodeSigned(Hex.parse(((SigningResponse.TxResult) resp.results().get(0)).raw(), "raw", 10_000));
        assertThat(d.from().toChecksumHex()).isEqualTo(address);
        assertThat(d.tx().nonce().intValue()).isEqualTo(3);
    }
}
