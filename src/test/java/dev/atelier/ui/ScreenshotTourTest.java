package dev.atelier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.ThemeChoice;
import dev.atelier.testing.FxApp;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves a PNG of every screen of the real app (light and dark) for the README and the user guide.
 * Run by scripts/screenshots.sh under Xvfb; not part of the regular suite.
 */
@Tag("screenshots")
class ScreenshotTourTest {
    @TempDir
    Path home;
    final FxRobot robot = new FxRobot();

    /** Hook for later screens: prepare demo data in the fresh home before the tour starts. */
    static final Consumer<FxApp> PREPARE = fx -> {
        // Wallet: an unlocked vault with the public anvil accounts, an imported key and a watched address.
        var vault = fx.context().vault();
        vault.create("screenshot passphrase".toCharArray(), dev.atelier.common.ProgressSink.NONE);
        vault.keys().addWallet("test test test test test test test test test test test junk".toCharArray(), new char[0],
                "Studio treasury", 3);
        byte[] key = new byte[32];
        key[31] = 7;
        vault.keys().importPrivateKey(key, "Mint bot");
        vault.keys().watch(dev.atelier.crypto.Address.parse("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"), "Marketplace escrow");
        WaitForAsyncUtils.waitForFxEvents();
        new FxRobot().interact(() -> new FxRobot().lookup("#accounts-table").queryTableView().getSelectionModel().select(0));
        // Studio: the demo creator kit as a collection.
        dev.atelier.studio.DemoKit.open(fx.context().studio(), fx.context().paths().home().resolve("demo-kit"),
                dev.atelier.common.ProgressSink.NONE);
        // Networks and Activity: the sandbox running, three transfers mined and one waiting for an earlier nonce.
        try {
            var n = dev.atelier.chain.NetworkPresets.SANDBOX;
            fx.context().networks().sandbox().start(0);
            var queue = fx.context().txQueue();
            for (long nonce : new long[] {0, 1, 2, 5}) {
                queue.enqueue(n, dev.atelier.chain.tx.SignedTx.parse(dev.atelier.testing.Anvil.signTransfer(
                        dev.atelier.testing.Anvil.KEY0, nonce, dev.atelier.testing.Anvil.ADDR1, "250000000000000000", 10, 1)),
                        nonce == 5 ? "Prize payout" : "Tester funds");
            }
            queue.drain(n, java.time.Duration.ofSeconds(5), dev.atelier.common.ProgressSink.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    };

    @Test
    void everyScreenInLightAndDark() throws Exception {
        Path out = Path.of(System.getProperty("atelier.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        try (FxApp fx = FxApp.start(home)) {
            robot.interact(() -> {
                fx.stage().setWidth(1400);
                fx.stage().setHeight(880);
            });
            try {
                PREPARE.accept(fx);
                tour(fx, out);
            } finally {
                fx.context().networks().sandbox().stop();
            }
        }
    }

    private void tour(FxApp fx, Path out) throws Exception {
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            robot.interact(() -> fx.app().theme().applyTheme(theme));
            for (Screen s : Screen.values()) {
                robot.interact(() -> fx.app().shell().select(s));
                WaitForAsyncUtils.waitForFxEvents();
                Thread.sleep(400);
                WaitForAsyncUtils.waitForFxEvents();
                Path file = out.resolve(String.format("%s-%s.png", s.id(), theme.name().toLowerCase()));
                save(fx, file);
                assertThat(Files.size(file)).isGreaterThan(10_000);
            }
        }
    }

    private void save(FxApp fx, Path file) throws Exception {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = fx.stage().getScene().snapshot(null));
        BufferedImage b = SwingFXUtils.fromFXImage(img[0], null);
        ImageIO.write(b, "png", file.toFile());
    }
}
