package dev.atelier.ui.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.app.ThemeChoice;
import dev.atelier.crypto.Address;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.testing.TestKeys;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Sign screen with real content (a batch under review, a signed result) for the guide; scripts/screenshots.sh. */
@Tag("screenshots")
class SignScreenshotsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @Test
    void reviewAndResultInLightAndDark() throws Exception {
        Path out = Path.of(System.getProperty("atelier.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        TestKeys keys = TestKeys.anvil();
        List<JsonNode> items = new ArrayList<>();
        String nft = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
        for (int i = 0; i < 6; i++) {
            // the ERC-721 template's safeMint(to, tokenId, uri), which the review decodes from the template's ABI
            String data = dev.atelier.chain.contracts.TokenCalls.safeMint(dev.atelier.crypto.Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
                    java.math.BigInteger.valueOf(i), "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/" + i + ".json");
            items.add(SigningRequest.txItem(JSON.readTree("""
                    {"from":"%s","chainId":"0x7a69","nonce":"%d","to":"%s","data":"%s","gas":"180000",
                     "maxFeePerGas":"30000000000","maxPriorityFeePerGas":"1500000000"}""".formatted(keys.address(0), 12 + i, nft, data))));
        }
        items.add(SigningRequest.txItem(JSON.readTree("""
                {"from":"%s","chainId":"0x7a69","nonce":"18","to":"%s","data":"0xa22cb465000000000000000000000000709%s9c80000000000000000000000000000000000000000000000000000000000000001",
                 "gas":"60000","maxFeePerGas":"30000000000","maxPriorityFeePerGas":"1500000000"}""".formatted(keys.address(0), nft, "1".repeat(34)))));
        Path req = dir.resolve("forest-sprites.atelier-request");
        Files.write(req, SigningRequest.create(31337, "Local sandbox", "Mint Forest Sprites #0–#5 to Alice", items).toBytes());
        try (SignScreenHarness h = new SignScreenHarness(dir.resolve("home"), new TestVault(keys, "pw"))) {
            h.app.contacts().add("Alice", Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
            h.app.contacts().add("Forest Sprites", Address.parse(nft));
            h.toOpen.add(req);
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                robot.interact(() -> h.theme.applyTheme(theme));
                robot.interact(h.view.viewModel()::close);
                robot.clickOn("#open-request");
                SignScreenTest.waitFor(() -> robot.lookup("#batch-table").tryQuery().isPresent());
                robot.interact(() -> robot.lookup("#batch-table").<TableView<?>>query().getSelectionModel().select(6));
                Thread.sleep(300);
                save(h, out.resolve("sign-review-" + theme.name().toLowerCase() + ".png"));
                robot.interact(() -> robot.lookup("#batch-table").<TableView<?>>query().getSelectionModel().select(0));
                robot.interact(() -> robot.lookup("#item-details").query().requestFocus());
                Thread.sleep(200);
                javafx.scene.Node details = robot.lookup("#item-details").query();
                robot.interact(() -> {
                    javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) robot.lookup(".scroll-pane").queryAll().stream()
                            .filter(n -> n.getParent() != null && n.getParent().getId() != null && n.getParent().getId().equals("review-pane"))
                            .findFirst().orElseThrow();
                    sp.setVvalue(1);
                });
                Thread.sleep(300);
                save(h, out.resolve("sign-details-" + theme.name().toLowerCase() + ".png"));
                assertThat(details).isNotNull();
                robot.clickOn("#acknowledge");
                robot.clickOn("#approve");
                if (theme == ThemeChoice.LIGHT) {
                    SignScreenTest.waitFor(() -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
                    robot.clickOn("#unlock-passphrase").write("pw");
                    robot.clickOn("#unlock-ok");
                }
                SignScreenTest.waitFor(() -> robot.lookup("#result-pane").tryQuery().isPresent());
                Thread.sleep(500);
                save(h, out.resolve("sign-result-" + theme.name().toLowerCase() + ".png"));
            }
        }
    }

    private void save(SignScreenHarness h, Path file) throws Exception {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = h.view.getScene().snapshot(null));
        BufferedImage b = SwingFXUtils.fromFXImage(img[0], null);
        ImageIO.write(b, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
