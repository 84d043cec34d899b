package dev.atelier.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.app.ThemeChoice;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.chain.tx.TxStatus;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.testing.Anvil;
import dev.atelier.testing.AnvilExtension;
import dev.atelier.testing.QrAirGap;
import dev.atelier.ui.UiServices;
import dev.atelier.ui.common.AnimatedQr;
import dev.atelier.ui.common.ClipboardService;
import dev.atelier.ui.common.Dialogs;
import dev.atelier.ui.common.FxTaskRunner;
import dev.atelier.ui.common.ThemeManager;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The online half of the air gap by QR, in real windows: Activity → "Show request as QR…" (animated
 * frames saved as PNG), the offline side reads and signs them, and Broadcast signed… → "Read from QR
 * pictures…" reads the answer's frames (shuffled, one duplicated), verifies it against the request
 * shown and broadcasts it to a real anvil.
 */
class QrAirGapDialogsTest {
    @RegisterExtension
    static final AnvilExtension ANVIL = new AnvilExtension();

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final FxTaskRunner tasks = new FxTaskRunner();
    final ThemeManager theme = new ThemeManager(false);
    AppContext app;
    ActivityView view;
    Path requestToOpen;
    final List<Path> imagesToOpen = new ArrayList<>();
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = AppContext.open(AppPaths.at(dir.resolve("home")));
        Network n = app.networks().add(new Networks.NewNetwork("QR devnet", ANVIL.rpcUrl(), 31337, "ETH", ""));
        app.settings().setSelectedNetwork(n.id());
        ActivityView[] holder = new ActivityView[1];
        FxToolkit.setupStage((Stage stage) -> {
            theme.applyTheme(ThemeChoice.LIGHT);
            VBox toasts = new VBox();
            Dialogs dialogs = new Dialogs(toasts, app.paths().logFile());
            dialogs.setOwner(stage);
            UiServices ui = new UiServices(app, tasks, dialogs, new ClipboardService(), theme, url -> { });
            ActivityView v = new ActivityView(new ActivityViewModel(app.networks(), app.txQueue(), app::selectedNetwork, tasks,
                    e -> dialogs.showFailure("Activity", e)), ui);
            v.setFiles(new ActivityFiles() {
                @Override
                public Optional<Path> openRequest(Window owner) {
                    return Optional.ofNullable(requestToOpen);
                }

                @Override
                public List<Path> openImages(Window owner) {
                    return List.copyOf(imagesToOpen);
                }

                @Override
                public Optional<Path> chooseFolder(Window owner, String title) {
                    return Optional.ofNullable(folder);
                }
            });
            holder[0] = v;
            Scene scene = new Scene(new StackPane(v, toasts), 1240, 780);
            scene.getStylesheets().add(ActivityView.class.getResource("/dev/atelier/ui/atelier.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        view = holder[0];
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        FxToolkit.cleanupStages();
        tasks.close();
        app.close();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private <T extends Node> T node(String id) {
        return robot.lookup(id).query();
    }

    private void closeDialog(String anyNodeId) {
        robot.interact(() -> ((Stage) node(anyNodeId).getScene().getWindow()).close());
    }

    /** Screenshots of a dialog (light and dark) for the engineer and the guide to look at. */
    private void shoot(String nodeId, String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "qrgap-shots"));
        for (ThemeChoice t : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            robot.interact(() -> theme.applyTheme(t));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] img = new WritableImage[1];
            robot.interact(() -> img[0] = node(nodeId).getScene().snapshot(null));
            BufferedImage b = SwingFXUtils.fromFXImage(img[0], null);
            ImageIO.write(b, "png", out.resolve(name + "-" + t.name().toLowerCase() + ".png").toFile());
        }
        robot.interact(() -> theme.applyTheme(ThemeChoice.LIGHT));
    }

    private List<Path> list(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void showTheRequestAsQrThenReadTheSignedAnswerFromPicturesAndBroadcastIt() throws Exception {
        long nonce = Long.decode(Anvil.cast("nonce", Anvil.ADDR0, "--rpc-url", ANVIL.rpcUrl()).strip());
        SigningRequest request = QrAirGap.transfers(8, (int) nonce, "Pay eight invoices");
        requestToOpen = dir.resolve("invoices.atelier-request");
        Files.write(requestToOpen, request.toBytes());

        // the queue is empty: the empty state offers the request dialog beside "Broadcast"
        robot.clickOn("#empty-request-qr");
        waitFor(() -> robot.lookup("#request-qr").tryQuery().isPresent());
        assertThat(robot.lookup("#request-qr-summary").<Label>query().getText()).contains("Pay eight invoices").contains("Devnet (chainId 31337)")
                .contains("8 items").contains(request.digest().substring(0, 10));
        AnimatedQr qr = (AnimatedQr) node("#request-qr").getParent();
        assertThat(qr.animated()).isTrue();
        assertThat(robot.lookup("#request-qr-caption").<Label>query().getText()).matches("Animated QR · frame \\d+ of \\d+ · bytes");
        // pause holds the frame; next steps one; speed is offered
        robot.clickOn("#request-qr-play");
        assertThat(qr.playing()).isFalse();
        String held = qr.currentText();
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(qr.currentText()).isEqualTo(held);
        robot.clickOn("#request-qr-next");
        assertThat(qr.currentText()).isNotEqualTo(held).startsWith("UR:BYTES/");
        assertThat(robot.lookup("#request-qr-speed").<ComboBox<Integer>>query().getItems()).contains(2, 5, 8);
        shoot("#request-qr", "request-qr");
        folder = Files.createDirectories(dir.resolve("to-offline"));
        robot.clickOn("#request-qr-save");
        waitFor(() -> !list(folder).isEmpty());
        List<Path> frames = list(folder);
        assertThat(frames).hasSizeGreaterThan(3);
        closeDialog("#request-qr");

        // the offline machine reads those pictures as its Sign screen does, signs, and saves its answer's frames
        List<Path> answer = QrAirGap.signOffline(frames, Files.createDirectories(dir.resolve("to-online")));
        List<Path> pictures = QrAirGap.shuffledWithDuplicate(answer, 3);

        robot.clickOn("#empty-action");
        waitFor(() -> robot.lookup("#broadcast-qr").tryQuery().isPresent());
        assertThat(robot.lookup("#broadcast-qr-status").<Label>query().getText()).contains(request.digest().substring(0, 10));
        // first a picture that holds no QR code and all but two frames
        Path holiday = dir.resolve("holiday.png");
        ImageIO.write(new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB), "png", holiday.toFile());
        List<Path> partial = new ArrayList<>(answer.subList(0, answer.size() - 2));
        partial.add(0, holiday);
        imagesToOpen.addAll(partial);
        robot.clickOn("#broadcast-qr");
        int n = answer.size();
        waitFor(() -> robot.lookup("#broadcast-qr-status").<Label>query().getText().contains("missing"));
        assertThat(robot.lookup("#broadcast-qr-status").<Label>query().getText()).isEqualTo((n - 2) + " of ~" + n + " parts · 2 missing");
        assertThat(robot.lookup("#broadcast-error").<Label>query().getText()).startsWith("holiday.png: no QR code found");
        assertThat(robot.lookup("#broadcast-raw").<TextArea>query().getText()).isEmpty();
        assertThat(robot.lookup("#broadcast-qr").<Button>query().getText()).isEqualTo("Add more pictures…");
        shoot("#broadcast-qr", "broadcast-qr-partial");
        // then everything, shuffled, one frame twice
        imagesToOpen.clear();
        imagesToOpen.addAll(pictures);
        robot.clickOn("#broadcast-qr");
        waitFor(() -> robot.lookup("#broadcast-qr-status").<Label>query().getText().startsWith("Read by QR"));
        assertThat(robot.lookup("#broadcast-qr-status").<Label>query().getText()).contains(request.digest().substring(0, 10)).contains("8 results");
        assertThat(robot.lookup("#broadcast-error").<Label>query().getText()).isEmpty();
        assertThat(robot.lookup("#broadcast-raw").<TextArea>query().getText()).contains("atelier-signing-response");
        shoot("#broadcast-qr", "broadcast-qr-complete");
        robot.clickOn("#broadcast-send");

        waitFor(() -> app.txQueue().store().recent(20).size() == 8
                && app.txQueue().store().recent(20).stream().allMatch(e -> e.status() == TxStatus.MINED));
        for (TxEntry e : app.txQueue().store().recent(20)) {
            assertThat(Anvil.cast("receipt", e.hash(), "status", "--rpc-url", ANVIL.rpcUrl()).strip()).matches("true|1 \\(success\\)");
        }
        assertThat(Long.decode(Anvil.cast("nonce", Anvil.ADDR0, "--rpc-url", ANVIL.rpcUrl()).strip())).isEqualTo(nonce + 8);
    }

    @Test
    void aResponseToAnotherRequestOrTheRequestItselfIsRefusedInTheDialog() throws Exception {
        SigningRequest shown = QrAirGap.transfers(3, 0, "Shown");
        requestToOpen = dir.resolve("shown.json");
        Files.write(requestToOpen, shown.toBytes());
        folder = Files.createDirectories(dir.resolve("req"));
        robot.clickOn("#empty-request-qr");
        waitFor(() -> robot.lookup("#request-qr-save").tryQuery().isPresent());
        robot.clickOn("#request-qr-save");
        waitFor(() -> !list(folder).isEmpty());
        List<Path> requestFrames = list(folder);
        closeDialog("#request-qr");

        // a response made for a different request
        Path otherReq = Files.createDirectories(dir.resolve("other-req"));
        List<Path> otherAnswer = QrAirGap.signOffline(dev.atelier.signing.qr.QrFrames.writePngs(
                dev.atelier.signing.qr.AirGap.requestUr(QrAirGap.transfers(3, 9, "Other")), otherReq, "r"),
                Files.createDirectories(dir.resolve("other-answer")));
        robot.clickOn("#empty-action");
        waitFor(() -> robot.lookup("#broadcast-qr").tryQuery().isPresent());
        imagesToOpen.addAll(otherAnswer);
        robot.clickOn("#broadcast-qr");
        waitFor(() -> !robot.lookup("#broadcast-error").<Label>query().getText().isEmpty());
        assertThat(robot.lookup("#broadcast-error").<Label>query().getText()).contains("answers a different request");
        assertThat(robot.lookup("#broadcast-raw").<TextArea>query().getText()).isEmpty();
        shoot("#broadcast-qr", "broadcast-qr-refused");
        // the request's own pictures, chosen by mistake
        imagesToOpen.clear();
        imagesToOpen.addAll(requestFrames);
        robot.clickOn("#broadcast-qr");
        waitFor(() -> robot.lookup("#broadcast-error").<Label>query().getText().contains("signing request, not the signed response"));
        assertThat(robot.lookup("#broadcast-raw").<TextArea>query().getText()).isEmpty();
        closeDialog("#broadcast-qr");
    }
}
