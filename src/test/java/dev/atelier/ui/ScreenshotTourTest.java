package dev.atelier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atelier.app.ThemeChoice;
import dev.atelier.chain.NetworkPresets;
import dev.atelier.chain.tx.SignedTx;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.FxApp;
import dev.atelier.ui.preview.AssetsView;
import dev.atelier.ui.sign.SignView;
import dev.atelier.ui.studio.StudioView;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves a PNG of every screen of the real app (light and dark), and of the dialogs the user guide
 * shows, for the README and docs/guide. Run by scripts/screenshots.sh under Xvfb (3D on llvmpipe);
 * not part of the regular suite. The state is made the way a user makes it, with the real services:
 * the vault created in its dialog, the demo kit opened from the Studio, a model previewed, the
 * collection validated and packaged, the sandbox (anvil) started with its accounts in the vault,
 * transfers broadcast and mined, and a signing request open on the Sign screen.
 */
@Tag("screenshots")
class ScreenshotTourTest {
    static final String PASSPHRASE = "violet harbor quietly sketches 42 lanterns";
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A fixed, readable folder instead of a {@code @TempDir} (junit-123…): its paths appear in the
     * pictures (Settings → Atelier folder, the Package dialog). Emptied before and after the tour.
     */
    final Path work = Path.of(System.getProperty("java.io.tmpdir"), "atelier-guide");
    final Path home = work.resolve(".atelier");
    final FxRobot robot = new FxRobot();
    Path out;

    @Test
    void everyScreenInLightAndDark() throws Exception {
        out = Path.of(System.getProperty("atelier.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        deleteTree(work);
        Files.createDirectories(work);
        try (FxApp fx = FxApp.start(home)) {
            robot.interact(() -> {
                fx.stage().setWidth(1400);
                fx.stage().setHeight(880);
            });
            theme(fx, ThemeChoice.LIGHT);
            try {
                firstSteps(fx);
                prepare(fx);
                tour(fx);
                dialogs(fx);
                mintAndTokens(fx);
                airGapByQr(fx);
            } finally {
                fx.context().networks().sandbox().stop();
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A new home: the empty Wallet and Studio, then the vault created through its dialog and the demo kit opened. */
    private void firstSteps(FxApp fx) throws Exception {
        show(fx, Screen.WALLET);
        save(fx, "wallet-empty-light");
        Window create = openDialog(fx, () -> robot.lookup("#screen-wallet #empty-action").queryButton().fire());
        robot.interact(() -> {
            robot.lookup("#new-passphrase").queryAs(PasswordField.class).setText(PASSPHRASE);
            robot.lookup("#new-passphrase-again").queryAs(PasswordField.class).setText(PASSPHRASE);
        });
        settle(300);
        saveWindow(create, "dialog-create-vault-light");
        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire());
        waitFor(60, () -> fx.context().vault().state() == dev.atelier.vault.VaultState.UNLOCKED && fx.app().tasks().running().isEmpty());

        show(fx, Screen.STUDIO);
        save(fx, "studio-empty-light");
        robot.interact(() -> robot.lookup("#empty-demo").queryButton().fire());
        waitFor(60, () -> robot.lookup("#studio-title").tryQuery().isPresent() && fx.app().tasks().running().isEmpty());
    }

    /** Accounts, the sandbox with its accounts in the vault, queue rows in Activity, a request on the Sign screen. */
    private void prepare(FxApp fx) throws Exception {
        var vault = fx.context().vault();
        var treasury = vault.keys().createWallet(12, "Studio treasury", 3);
        java.util.Arrays.fill(treasury.mnemonic(), ' ');
        vault.keys().watch(Address.parse("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"), "Marketplace escrow");
        var n = NetworkPresets.SANDBOX;
        fx.context().networks().sandbox().start(0);
        vault.keys().addSandboxAccounts(2);
        var queue = fx.context().txQueue();
        for (long nonce : new long[] {0, 1, 2, 5}) {
            queue.enqueue(n, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, nonce, Anvil.ADDR1, "250000000000000000", 10, 1)),
                    nonce == 5 ? "Prize payout" : "Tester funds");
        }
        queue.drain(n, Duration.ofSeconds(5), ProgressSink.NONE);
        fx.context().contacts().add("Alice (QA)", Address.parse(Anvil.ADDR1));
        show(fx, Screen.WALLET);
        robot.interact(() -> robot.lookup("#accounts-table").queryTableView().getSelectionModel().select(0));

        // Studio: the first item with a model, on its Preview tab (the 3D view).
        show(fx, Screen.STUDIO);
        StudioView studio = robot.lookup("#screen-studio").queryAs(StudioView.class);
        robot.interact(() -> robot.lookup("#item-tabs").queryAs(TabPane.class).getSelectionModel()
                .select(robot.lookup("#item-tabs").queryAs(TabPane.class).getTabs().stream()
                        .filter(t -> "item-preview-tab".equals(t.getId())).findFirst().orElseThrow()));
        assertThat(studio).isNotNull();

        // Assets: the demo kit's sword, inspected against the Ready Player Me budget.
        Path sword = fx.context().paths().home().resolve("demo-kit").resolve("models").resolve("iron-sword.glb");
        show(fx, Screen.ASSETS);
        AssetsView assets = robot.lookup("#screen-assets").queryAs(AssetsView.class);
        robot.interact(() -> {
            assets.viewModel().profileProperty().set(dev.atelier.asset.budget.BuiltInProfiles.DECENTRALAND_WEARABLE);
            assets.openFile(sword);
        });
        waitFor(60, () -> robot.lookup("#model-subscene").tryQuery().isPresent() || robot.lookup("#model-still").tryQuery().isPresent());
        robot.interact(() -> assets.viewModel().computeCid());

        // Sign: a batch of mints for an ERC-721 collection on the sandbox, as an online machine would export it.
        show(fx, Screen.SIGN);
        Path request = mintRequest(treasury.accounts().get(0).address());
        SignView sign = robot.lookup("#screen-sign").queryAs(SignView.class);
        robot.interact(() -> sign.viewModel().openFile(request));
        waitFor(30, () -> robot.lookup("#batch-table").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#batch-table").<TableView<?>>query().getSelectionModel().select(0));
    }

    private Path mintRequest(Address from) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String contract = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
        for (int i = 0; i < 4; i++) {
            // the ERC-721 template's own call, so the review decodes it as a user's mint would be
            String data = dev.atelier.chain.contracts.TokenCalls.safeMint(Address.parse(Anvil.ADDR1), java.math.BigInteger.valueOf(i + 1),
                    "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/" + (i + 1));
            items.add(SigningRequest.txItem(JSON.readTree("""
                    {"from":"%s","chainId":"0x7a69","nonce":"%d","to":"%s","data":"%s","gas":"180000",
                     "maxFeePerGas":"30000000000","maxPriorityFeePerGas":"1500000000"}""".formatted(from, i, contract, data))));
        }
        Path req = work.resolve("forest-sprites-mint.atelier-request");
        Files.write(req, SigningRequest.create(31337, "Local sandbox", "Mint Forest Sprites #1–#4 to Alice (QA)", items).toBytes());
        return req;
    }

    private void tour(FxApp fx) throws Exception {
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            theme(fx, theme);
            String suffix = "-" + theme.name().toLowerCase();
            for (Screen s : Screen.values()) {
                show(fx, s);
                if (s == Screen.STUDIO) {
                    waitFor(30, () -> robot.lookup("#model-subscene").tryQuery().isPresent()
                            || robot.lookup("#model-still").tryQuery().isPresent());
                    settle(600);
                }
                save(fx, s.id() + suffix);
            }
        }
        theme(fx, ThemeChoice.LIGHT);
    }

    /** The dialogs the guide shows (light theme). */
    private void dialogs(FxApp fx) throws Exception {
        show(fx, Screen.STUDIO);
        // Validate: a non-modal window listing every finding. A typical slip first: a '#' in a background colour.
        StudioView studio = robot.lookup("#screen-studio").queryAs(StudioView.class);
        var studioCore = fx.context().studio();
        var collection = studioCore.collection(dev.atelier.studio.DemoKit.NAME);
        long[] ids = studioCore.search().ids(dev.atelier.studio.ItemQuery.all(collection.id()));
        var amulet = studioCore.store().items(new long[] {ids[ids.length - 1]}).get(ids[ids.length - 1]);
        var slipped = studioCore.saveItem(collection, amulet.withBackgroundColor("#" + amulet.backgroundColor()));
        robot.interact(() -> studio.viewModel().itemSaved(slipped));
        settle(300);
        Window validation = openDialog(fx, () -> robot.lookup("#studio-validate").queryButton().fire());
        waitFor(30, () -> robot.lookup("#validation-verdict").tryQuery().isPresent());
        settle(300);
        saveWindow(validation, "dialog-validate-light");
        close(validation);
        var fixed = studioCore.saveItem(collection, slipped.withBackgroundColor(amulet.backgroundColor()));
        robot.interact(() -> studio.viewModel().itemSaved(fixed));
        settle(300);

        // Package: the folder dialog, then the result with the metadata base URI.
        Window pack = openDialog(fx, () -> robot.lookup("#studio-package").queryButton().fire());
        Path folder = work.resolve("demo-armory-package");
        robot.interact(() -> robot.lookup("#package-folder").queryAs(TextField.class).setText(folder.toString()));
        settle(200);
        saveWindow(pack, "dialog-package-light");
        Window[] result = new Window[1];
        List<Window> before = dialogsShowing(fx);
        robot.interact(() -> robot.lookup("#package-write").queryButton().fire());
        waitFor(120, () -> robot.lookup("#package-base-uri").tryQuery().isPresent());
        settle(300);
        result[0] = dialogsShowing(fx).stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
        saveWindow(result[0], "dialog-packaged-light");
        close(result[0]);

        // Networks: add a custom network.
        show(fx, Screen.NETWORKS);
        Window add = openDialog(fx, () -> robot.lookup("#add-network").queryButton().fire());
        saveWindow(add, "dialog-add-network-light");
        close(add);

        // Activity: broadcast transactions signed elsewhere (an air-gapped machine's response file).
        show(fx, Screen.ACTIVITY);
        Window broadcast = openDialog(fx, () -> robot.lookup("#activity-broadcast").queryButton().fire());
        saveWindow(broadcast, "dialog-broadcast-light");
        close(broadcast);

        // Help (F1): the page of the current screen, bundled with the app.
        show(fx, Screen.STUDIO);
        Window help = openDialog(fx, () -> fx.app().help().show(Screen.STUDIO, fx.stage()));
        settle(400);
        saveWindow(help, "help-studio-light");
        close(help);
    }

    /**
     * Studio → Mint as a user does it on the sandbox: deploy (the export dialog looked at on the
     * way), mint every item, then Manage tokens: read the holders, send one to the escrow; then
     * Activity → Tokens reads holders and movements back from the chain.
     */
    @SuppressWarnings("unchecked")
    private void mintAndTokens(FxApp fx) throws Exception {
        // the gap before "Prize payout" (nonce 5) is filled first: the queue waits for every open row of a
        // network, so a transaction stuck behind a gap would hold the deploy until its time-out
        var queue = fx.context().txQueue();
        for (long nonce : new long[] {3, 4}) {
            queue.enqueue(NetworkPresets.SANDBOX, SignedTx.parse(Anvil.signTransfer(Anvil.KEY0, nonce, Anvil.ADDR1, "250000000000000000", 10, 1)),
                    "Tester funds");
        }
        queue.drain(NetworkPresets.SANDBOX, Duration.ofSeconds(10), ProgressSink.NONE);
        show(fx, Screen.STUDIO);
        robot.interact(() -> robot.lookup("#studio-table").queryTableView().getSelectionModel().select(0));
        settle(200);
        Window mint = openDialog(fx, () -> robot.lookup("#studio-mint").queryButton().fire());
        Address minter = Address.parse(Anvil.ADDR1);
        robot.interact(() -> {
            var from = robot.lookup("#mint-from").queryAs(javafx.scene.control.ComboBox.class);
            from.setValue(from.getItems().stream().filter(a -> ((dev.atelier.vault.Account) a).address().equals(minter))
                    .findFirst().orElseThrow());
            robot.lookup("#mint-to").queryAs(TextField.class).setText(minter.toChecksumHex());
        });
        robot.interact(() -> robot.lookup("#mint-deploy").queryButton().fire());
        waitFor(60, () -> robot.lookup("#mint-contract").queryAs(javafx.scene.control.Label.class).getText().startsWith("Contract 0x")
                && fx.app().tasks().running().isEmpty());
        settle(300);

        // the owner key on an offline machine: where the signing request goes (cancelled here)
        Window export = openDialog(fx, () -> robot.lookup("#mint-export").queryButton().fire());
        robot.interact(() -> robot.lookup("#export-path").queryAs(TextField.class)
                .setText(work.resolve("requests").resolve("Demo_Armory-mint.json").toString()));
        settle(200);
        saveWindow(export, "dialog-mint-export-light");
        close(export);

        robot.interact(() -> robot.lookup("#mint-start").queryButton().fire());
        waitFor(120, () -> robot.lookup("#mint-status").queryAs(javafx.scene.control.Label.class).getText().startsWith("Minted")
                && fx.app().tasks().running().isEmpty());
        settle(300);
        saveWindow(mint, "dialog-mint-light");
        theme(fx, ThemeChoice.DARK);
        saveWindow(mint, "dialog-mint-dark");
        theme(fx, ThemeChoice.LIGHT);

        robot.interact(() -> robot.lookup("#mint-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#manage-read").queryButton().fire());
        waitFor(60, () -> !robot.lookup("#manage-holders").queryListView().getItems().isEmpty()
                && fx.app().tasks().running().isEmpty());
        robot.interact(() -> {
            robot.lookup("#manage-to").queryAs(TextField.class).setText("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
            robot.lookup("#manage-amount").queryAs(TextField.class).setText("1");
        });
        robot.interact(() -> robot.lookup("#manage-transfer").queryButton().fire());
        waitFor(60, () -> robot.lookup("#mint-status").queryAs(javafx.scene.control.Label.class).getText().startsWith("Transferred")
                && robot.lookup("#manage-holders").queryListView().getItems().size() >= 2 && fx.app().tasks().running().isEmpty());
        settle(300);
        saveWindow(mint, "dialog-mint-manage-light");
        theme(fx, ThemeChoice.DARK);
        saveWindow(mint, "dialog-mint-manage-dark");
        theme(fx, ThemeChoice.LIGHT);
        close(mint);

        // Activity → Tokens: what the chain says the collection's holders and movements are
        show(fx, Screen.ACTIVITY);
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#activity-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "activity-tab-tokens".equals(t.getId())).findFirst().orElseThrow());
        });
        settle(300);
        robot.interact(() -> {
            var empty = robot.lookup("#tokens-empty-action").tryQuery().filter(Node::isVisible);
            if (empty.isPresent()) {
                ((javafx.scene.control.Button) empty.get()).fire();
            } else {
                robot.lookup("#tokens-refresh").queryButton().fire();
            }
        });
        waitFor(60, () -> robot.lookup("#tokens-holdings").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#tokens-holdings").queryTableView().getItems().isEmpty() && fx.app().tasks().running().isEmpty());
        robot.interact(() -> robot.lookup("#tokens-holdings").queryTableView().getSelectionModel().select(0));
        settle(300);
        save(fx, "activity-tokens-light");
        theme(fx, ThemeChoice.DARK);
        show(fx, Screen.ACTIVITY);
        save(fx, "activity-tokens-dark");
        theme(fx, ThemeChoice.LIGHT);
        show(fx, Screen.ACTIVITY);
        robot.interact(() -> robot.lookup("#activity-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
    }

    /**
     * Activity → Show request as QR… (the animated code, frames saved for the offline machine), the
     * offline machine signs from those pictures, and Broadcast signed… → Read from QR pictures… reads
     * its answer. The OS file choosers are answered by the tour; nothing is sent.
     */
    private void airGapByQr(FxApp fx) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(SigningRequest.txItem(JSON.readTree("""
                    {"from":"%s","chainId":"0x7a69","nonce":"%d","to":"%s","value":"%d",
                     "gas":"0x5208","maxFeePerGas":"0x77359400","maxPriorityFeePerGas":"0x1"}""".formatted(
                    Anvil.ADDR0, 6 + i, Anvil.ADDR2, 50_000_000_000_000_000L))));
        }
        Path request = work.resolve("tester-payouts.atelier-request");
        Files.write(request, SigningRequest.create(31337, "Local sandbox", "Pay six testers 0.05 ETH each", items).toBytes());
        Path frames = Files.createDirectories(work.resolve("to-offline"));
        List<Path> pictures = new ArrayList<>();
        show(fx, Screen.ACTIVITY);
        var activity = robot.lookup("#screen-activity").queryAs(dev.atelier.ui.activity.ActivityView.class);
        robot.interact(() -> activity.setFiles(new dev.atelier.ui.activity.ActivityFiles() {
            @Override
            public java.util.Optional<Path> openRequest(Window owner) {
                return java.util.Optional.of(request);
            }

            @Override
            public List<Path> openImages(Window owner) {
                return List.copyOf(pictures);
            }

            @Override
            public java.util.Optional<Path> chooseFolder(Window owner, String title) {
                return java.util.Optional.of(frames);
            }
        }));
        Window qr = openDialog(fx, () -> robot.lookup("#activity-request-qr").queryButton().fire());
        waitFor(30, () -> robot.lookup("#request-qr").tryQuery().isPresent());
        settle(300);
        saveWindow(qr, "dialog-request-qr-light");
        theme(fx, ThemeChoice.DARK);
        saveWindow(qr, "dialog-request-qr-dark");
        theme(fx, ThemeChoice.LIGHT);
        robot.interact(() -> robot.lookup("#request-qr-save").queryButton().fire());
        waitFor(60, () -> {
            try (var s = Files.list(frames)) {
                return s.anyMatch(p -> p.toString().endsWith(".png")) && fx.app().tasks().running().isEmpty();
            }
        });
        close(qr);
        List<Path> sent;
        try (var s = Files.list(frames)) {
            sent = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        // the offline machine: reads those pictures, signs, saves its answer's frames
        pictures.addAll(dev.atelier.testing.QrAirGap.signOffline(sent, Files.createDirectories(work.resolve("to-online"))));

        show(fx, Screen.ACTIVITY);
        Window broadcast = openDialog(fx, () -> robot.lookup("#activity-broadcast").queryButton().fire());
        robot.interact(() -> robot.lookup("#broadcast-qr").queryButton().fire());
        waitFor(60, () -> robot.lookup("#broadcast-qr-status").queryAs(javafx.scene.control.Label.class).getText().startsWith("Read by QR")
                && fx.app().tasks().running().isEmpty());
        settle(300);
        saveWindow(broadcast, "dialog-broadcast-qr-light");
        theme(fx, ThemeChoice.DARK);
        saveWindow(broadcast, "dialog-broadcast-qr-dark");
        theme(fx, ThemeChoice.LIGHT);
        close(broadcast);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** As a user does it: Settings → Theme (so the Settings screenshot shows the choice too). */
    @SuppressWarnings("unchecked")
    private void theme(FxApp fx, ThemeChoice theme) throws Exception {
        show(fx, Screen.SETTINGS);
        robot.interact(() -> robot.lookup("#theme-choice").queryAs(javafx.scene.control.ComboBox.class).setValue(theme));
        settle(200);
    }

    private void show(FxApp fx, Screen s) throws Exception {
        robot.interact(() -> fx.app().shell().select(s));
        settle(400);
    }

    private static void settle(long ms) throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(ms);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            // what was on screen when it got stuck (an error dialog, usually), for whoever runs the tour
            List<Window> showing = new ArrayList<>();
            robot.interact(() -> Window.getWindows().stream().filter(Window::isShowing).forEach(showing::add));
            for (int i = 0; i < showing.size(); i++) {
                write(showing.get(i).getScene().getRoot(), "stuck-" + i);
            }
            throw e;
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Window> dialogsShowing(FxApp fx) {
        List<Window> out = new ArrayList<>();
        robot.interact(() -> Window.getWindows().stream().filter(Window::isShowing).filter(w -> w != fx.stage()).forEach(out::add));
        return out;
    }

    /** Runs {@code open} later on the FX thread (it may block in showAndWait) and returns the window it showed. */
    private Window openDialog(FxApp fx, Runnable open) throws Exception {
        List<Window> before = dialogsShowing(fx);
        Platform.runLater(open);
        Predicate<Window> isNew = w -> !before.contains(w);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogsShowing(fx).stream().anyMatch(isNew));
        settle(400);
        return dialogsShowing(fx).stream().filter(isNew).findFirst().orElseThrow();
    }

    private void close(Window w) throws Exception {
        robot.interact(() -> {
            if (w instanceof Stage s) {
                s.close();
            } else {
                w.hide();
            }
        });
        settle(200);
    }

    private void save(FxApp fx, String name) throws Exception {
        write(fx.stage().getScene().getRoot(), name);
    }

    private void saveWindow(Window w, String name) throws Exception {
        write(w.getScene().getRoot(), name);
    }

    private void write(Node root, String name) throws Exception {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = root.getScene().snapshot(null));
        BufferedImage b = SwingFXUtils.fromFXImage(img[0], null);
        Path file = out.resolve(name + ".png");
        ImageIO.write(b, "png", file.toFile());
        assertThat(Files.size(file)).as(name).isGreaterThan(5_000);
    }
}
