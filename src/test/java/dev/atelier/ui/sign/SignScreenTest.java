package dev.atelier.ui.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.crypto.Address;
import dev.atelier.signing.Hex;
import dev.atelier.signing.RawTxDecoder;
import dev.atelier.signing.file.SigningFiles;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.signing.file.SigningResponse;
import dev.atelier.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Sign screen driven like a user: open a request, review it, approve it, save the response. */
class SignScreenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final TestKeys keys = TestKeys.anvil();

    Path request(String... extraTxs) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(SigningRequest.txItem(JSON.readTree("""
                    {"from":"%s","chainId":"0x7a69","nonce":"%d","to":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                     "value":"1000000000000000","gas":"0x5208","maxFeePerGas":"30000000000","maxPriorityFeePerGas":"1000000000"}"""
                    .formatted(keys.address(0), 7 + i))));
        }
        for (String tx : extraTxs) {
            items.add(SigningRequest.txItem(JSON.readTree(tx)));
        }
        Path file = dir.resolve("mint.atelier-request");
        Files.write(file, SigningRequest.create(31337, "Local sandbox", "Pay the three artists", items).toBytes());
        return file;
    }

    @Test
    void openReviewApproveAndSaveTheResponse() throws Exception {
        try (SignScreenHarness h = new SignScreenHarness(dir.resolve("home"), new TestVault(keys, "correct horse battery"))) {
            h.app.contacts().add("Alice", Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
            assertThat(robot.lookup("#sign-empty").tryQuery()).isPresent();
            h.toOpen.add(request());
            robot.clickOn("#open-request");
            waitFor(() -> robot.lookup("#batch-table").tryQuery().isPresent());
            TableView<?> table = robot.lookup("#batch-table").query();
            assertThat(table.getItems()).hasSize(3);
            assertThat(robot.lookup("#batch-totals").<Label>query().getText())
                    .contains("3 transactions").contains("total value 0.003 ETH").contains("nonces 7–9").contains("no warnings");
            assertThat(robot.lookup("#request-network").<Label>query().getText()).contains("Local sandbox (chainId 31337)");
            robot.interact(() -> table.getSelectionModel().select(1));
            assertThat(robot.lookup("#detail-to").<TextField>query().getText()).contains("(Alice)");
            assertThat(robot.lookup("#detail-fee").<TextField>query().getText()).startsWith("0.00063 ETH").contains("21,000 gas × 30 gwei");
            assertThat(robot.lookup("#detail-account").<TextField>query().getText()).contains("Anvil 0");

            robot.clickOn("#approve");
            waitFor(() -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
            robot.clickOn("#unlock-passphrase").write("correct horse battery");
            robot.clickOn("#unlock-ok");
            waitFor(() -> robot.lookup("#result-pane").tryQuery().isPresent());
            assertThat(robot.lookup("#response-qr-caption").<Label>query().getText()).contains("Animated QR");

            h.saveAs = dir.resolve("response.json");
            robot.clickOn("#save-response");
            waitFor(() -> Files.exists(h.saveAs));
            SigningResponse resp = SigningResponse.parse(SigningFiles.read(h.saveAs));
            resp.checkAnswers(SigningRequest.parse(SigningFiles.read(h.toOpen.get(0))));
            assertThat(resp.results()).hasSize(3);
            SigningResponse.TxResult first = (SigningResponse.TxResult) resp.results().get(0);
            RawTxDecoder.Decoded d = RawTxDecoder.decodeSigned(Hex.parse(first.raw(), "raw", 100_000));
            assertThat(d.from()).isEqualTo(keys.address(0));
            assertThat(d.tx().nonce().intValue()).isEqualTo(7);
        }
    }

    @Test
    void blindSigningNeedsTheExplicitIUnderstand() throws Exception {
        try (SignScreenHarness h = new SignScreenHarness(dir.resolve("home"), new TestVault(keys, "pw"))) {
            h.toOpen.add(request("""
                    {"from":"%s","chainId":"0x7a69","nonce":"10","to":"0x5FbDB2315678afecb367f032d93F642f64180aa3","data":"0xdeadbeef",
                     "gas":"60000","maxFeePerGas":"30000000000","maxPriorityFeePerGas":"1"}""".formatted(keys.address(0))));
            robot.clickOn("#open-request");
            waitFor(() -> robot.lookup("#acknowledge").tryQuery().isPresent());
            Button approve = robot.lookup("#approve").query();
            assertThat(approve.isDisabled()).isTrue();
            assertThat(robot.lookup("#approve-hint").<Label>query().getText()).contains("I understand");
            assertThat(robot.lookup(".warning-blind-signing").tryQuery()).isPresent();
            robot.clickOn("#acknowledge");
            assertThat(robot.lookup("#acknowledge").<CheckBox>query().isSelected()).isTrue();
            assertThat(approve.isDisabled()).isFalse();
        }
    }

    @Test
    void aRequestForAnotherNetworkIsRefused() throws Exception {
        try (SignScreenHarness h = new SignScreenHarness(dir.resolve("home"), new TestVault(keys, "pw"))) {
            h.app.settings().setSelectedNetwork("ethereum");
            h.toOpen.add(request());
            robot.clickOn("#open-request");
            waitFor(() -> robot.lookup("#batch-table").tryQuery().isPresent());
            assertThat(robot.lookup("#approve").<Button>query().isDisabled()).isTrue();
            assertThat(robot.lookup("#approve-hint").<Label>query().getText()).contains("Refused");
            assertThat(robot.lookup(".warning-chain-mismatch").tryQuery()).isPresent();
        }
    }

    @Test
    void pastedTypedDataShowsATreeAndContactsCanBeAdded() throws Exception {
        try (SignScreenHarness h = new SignScreenHarness(dir.resolve("home"), new TestVault(keys, "pw"))) {
            robot.clickOn("#open-contacts");
            robot.clickOn("#contact-name").write("Bob");
            robot.clickOn("#contact-address").write("0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB");
            robot.clickOn("#contact-add");
            assertThat(robot.lookup("#contacts-table").<TableView<?>>query().getItems()).hasSize(1);
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
            assertThat(h.app.contacts().contacts()).hasSize(1);

            JsonNode td = dev.atelier.testing.Vectors.get("eip712_mail").get("typedData").deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) td.get("domain")).put("chainId", 31337);
            robot.clickOn("#paste-request");
            robot.lookup("#paste-text").<javafx.scene.control.TextArea>query();
            robot.interact(() -> robot.lookup("#paste-text").<javafx.scene.control.TextArea>query().setText(td.toString()));
            robot.clickOn("#paste-review");
            waitFor(() -> robot.lookup("#typed-tree").tryQuery().isPresent());
            javafx.scene.control.TreeView<String> tree = robot.lookup("#typed-tree").query();
            List<String> lines = new ArrayList<>();
            collect(tree.getRoot(), lines);
            assertThat(lines).anyMatch(l -> l.contains("contents (string): Hello, Bob!"));
            assertThat(lines).anyMatch(l -> l.contains("wallet (address): contact \"Bob\""));
        }
    }

    static void collect(javafx.scene.control.TreeItem<String> item, List<String> out) {
        out.add(item.getValue());
        item.getChildren().forEach(c -> collect(c, out));
    }

    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
