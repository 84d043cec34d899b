package dev.atelier.ui;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.app.InstanceLock;
import dev.atelier.app.Settings;
import dev.atelier.app.SystemTheme;
import dev.atelier.app.ThemeChoice;
import dev.atelier.app.WindowBounds;
import dev.atelier.ui.common.ClipboardService;
import dev.atelier.ui.common.Dialogs;
import dev.atelier.ui.common.FxTaskRunner;
import dev.atelier.ui.common.HelpWindow;
import dev.atelier.ui.common.IdleLock;
import dev.atelier.ui.common.ThemeManager;
import dev.atelier.ui.settings.SettingsViewModel;
import dev.atelier.ui.shell.ShellView;
import dev.atelier.ui.shell.ShellViewModel;
import dev.atelier.ui.shell.TaskStrip;
import dev.atelier.vault.VaultState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: one window per home (see {@link InstanceLock}), themed, remembering its
 * size, position, theme and scale.
 */
public final class AtelierApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(AtelierApp.class);
    /**
     * System property (or environment variable {@code ATELIER_STARTUP_PROBE=1}, for packaged
     * launchers): print {@code startup-ms=N} after the first frame and exit (cold-start benchmark).
     */
    public static final String STARTUP_PROBE = "atelier.startupProbe";

    private AppContext context;
    private boolean ownsContext;
    private InstanceLock instanceLock;
    private boolean systemDark;
    private FxTaskRunner tasks;
    private Stage stage;
    private ShellViewModel shell;
    private ShellView shellView;
    private ThemeManager theme;
    private Dialogs dialogs;
    private HelpWindow help;
    private IdleLock idleLock;
    private ClipboardService clipboard;
    private Path fileToOpen;

    /** Used by {@link Application#launch}: the home comes from {@code --home=DIR}, ATELIER_HOME or the default. */
    public AtelierApp() {
    }

    /** Used by tests: runs on a context the caller opened (and closes). */
    public AtelierApp(AppContext context) {
        this.context = context;
    }

    @Override
    public void init() throws IOException {
        if (context == null) {
            String home = getParameters().getNamed().get("home");
            context = AppContext.open(AppPaths.resolve(home == null ? null : Path.of(home), System.getenv()));
            ownsContext = true;
        }
        String open = getParameters() == null ? null : getParameters().getNamed().get("open");
        fileToOpen = open == null ? null : Path.of(open);
        instanceLock = InstanceLock.tryAcquire(context.paths().guiLock(),
                (Path file) -> Platform.runLater(() -> {
                    bringForward();
                    if (file != null) {
                        openFile(file);
                    }
                })).orElse(null);
        if (context.settings().theme() == ThemeChoice.SYSTEM) {
            systemDark = SystemTheme.prefersDark(System.getenv()).orElse(false);
        }
    }

    @Override
    public void start(Stage primaryStage) {
        if (instanceLock == null) {
            boolean answered = InstanceLock.signalRunningInstance(context.paths().guiLock(), fileToOpen);
            System.err.println(answered
                    ? "Atelier is already open for " + context.paths().home() + "; its window was brought to the front."
                    : "Another Atelier window holds " + context.paths().guiLock()
                    + " but did not answer. Close it, or start with --home DIR for a separate folder.");
            Platform.exit();
            return;
        }
        this.stage = primaryStage;
        Settings settings = context.settings();
        theme = new ThemeManager(systemDark);
        theme.applyTheme(settings.theme());

        VBox toastLayer = new VBox();
        dialogs = new Dialogs(toastLayer, context.paths().logFile());
        tasks = new FxTaskRunner();
        clipboard = new ClipboardService();
        UiServices ui = new UiServices(context, tasks, dialogs, clipboard, theme, this::openLink);
        help = new HelpWindow(theme, this::openLink);

        shell = new ShellViewModel();
        shell.vaultStateProperty().set(context.vaultState());
        context.vault().addStateListener(s -> Platform.runLater(() -> {
            shell.vaultStateProperty().set(s);
            if (s == VaultState.UNLOCKED && idleLock != null) {
                idleLock.restart();
            }
            if (s != VaultState.UNLOCKED) {
                clipboard.clearSecret();
            }
        }));
        shell.networkProperty().set(context.selectedNetwork());
        shell.setLockAction(this::lockVault);
        settings.addListener((key, value) -> {
            if (Settings.SELECTED_NETWORK.equals(key)) {
                Platform.runLater(() -> shell.networkProperty().set(context.selectedNetwork()));
            }
        });

        SettingsViewModel settingsVm = new SettingsViewModel(settings);
        shellView = new ShellView(shell, new Screens(ui, settingsVm, s -> help.show(s, stage), shell.fileToOpenProperty()), new TaskStrip(tasks.running()),
                toastLayer, () -> help.show(shell.current(), stage));
        settingsVm.themeProperty().addListener((o, a, b) -> theme.applyTheme(b));
        settingsVm.scaleProperty().addListener((o, a, b) -> theme.applyScale(shellView, b));
        theme.applyScale(shellView, settings.uiScale());

        Scene scene = new Scene(shellView);
        scene.getStylesheets().add(AtelierApp.class.getResource("/dev/atelier/ui/atelier.css").toExternalForm());
        shellView.installShortcuts(scene);
        idleLock = new IdleLock(scene, javafx.util.Duration.minutes(settings.autoLockMinutes()), this::autoLock);
        settings.addListener((key, value) -> {
            if (Settings.AUTO_LOCK_MINUTES.equals(key)) {
                Platform.runLater(() -> idleLock.setTimeout(javafx.util.Duration.minutes(settings.autoLockMinutes())));
            }
        });
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> dialogs.showFailure("Unexpected error", e)));

        stage.setTitle("Atelier");
        stage.getIcons().add(new Image(AtelierApp.class.getResource("/dev/atelier/ui/icon-256.png").toExternalForm()));
        stage.setScene(scene);
        restoreBounds(settings.window());
        stage.setOnCloseRequest(e -> saveBounds());
        dialogs.setOwner(stage);
        stage.show();
        LOG.info("Window shown for {}", context.paths().home());
        reconcileQueue();
        announceInterruptedMints();
        if (fileToOpen != null) {
            openFile(fileToOpen);
        }
        if (Boolean.getBoolean(STARTUP_PROBE) || "1".equals(System.getenv("ATELIER_STARTUP_PROBE"))) {
            probeStartup(scene);
        }
    }

    @Override
    public void stop() {
        if (stage != null) {
            saveBounds();
        }
        if (clipboard != null) {
            clipboard.clearSecret();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (instanceLock != null) {
            instanceLock.close();
            instanceLock = null;
        }
        if (ownsContext && context != null) {
            context.close();
        }
    }

    /** The shell's state, for tests. */
    public ShellViewModel shell() {
        return shell;
    }

    public ShellView shellView() {
        return shellView;
    }

    public FxTaskRunner tasks() {
        return tasks;
    }

    public ThemeManager theme() {
        return theme;
    }

    public HelpWindow help() {
        return help;
    }

    /** The idle timer that locks the vault (tests shorten it). */
    public IdleLock idleLock() {
        return idleLock;
    }

    /** On start, finish what a previous run left in the transaction queue (sends nothing twice: the bytes are fixed). */
    private void reconcileQueue() {
        if (!context.txQueue().store().networksWithOpenRows().isEmpty()) {
            tasks.submit("Reconciling transactions", p -> {
                context.txQueue().reconcileAll();
                return null;
            }, r -> { }, e -> LOG.warn("Reconciling the transaction queue failed", e));
        }
    }

    /**
     * A mint cut off by a crash or a kill resumes from Studio → Mint (signing needs the unlocked
     * vault): say so once at start, with an action that opens the mint of that collection.
     */
    private void announceInterruptedMints() {
        tasks.submit("Looking for interrupted mints", p -> new dev.atelier.studio.mint.MintService(context.studio().store(),
                context.networks(), context.txQueue()).interrupted(), (java.util.List<dev.atelier.studio.mint.MintService.Interrupted> found) -> {
            if (found.isEmpty()) {
                return;
            }
            var first = found.get(0);
            long others = found.stream().map(i -> i.collection().id()).distinct().count() - 1;
            String text = "The mint of " + first.collection().name() + " was interrupted: " + first.left() + " item(s) are not minted yet."
                    + (others > 0 ? " " + others + " other collection(s) have unfinished mints too." : "")
                    + " Open Studio → Mint and press Mint to finish it; nothing is minted twice.";
            var notice = dialogs.notifyAction(text, "Open Mint", () -> {
                shell.select(Screen.STUDIO);
                if (shellView.screenNode(Screen.STUDIO) instanceof dev.atelier.ui.studio.StudioView studio) {
                    Platform.runLater(() -> studio.openMint(first.collection().id()));
                }
            });
            // it stays a while unless closed or acted on; in the Studio the Mint dialog's own banner takes over (and the
            // notice would cover the Studio's toolbar)
            shell.currentProperty().addListener((o, was, now) -> {
                if (now == Screen.STUDIO) {
                    dialogs.dismiss(notice);
                }
            });
        }, e -> LOG.warn("Looking for interrupted mints failed", e));
    }

    private void lockVault() {
        VaultState before = context.vaultState();
        if (before == VaultState.UNLOCKED) {
            context.vault().lock();
        }
        shell.vaultStateProperty().set(context.vaultState());
        dialogs.notify(before == VaultState.NONE
                ? "There is no vault to lock yet. Create one on the Wallet screen."
                : "The vault is locked.");
    }

    private void autoLock() {
        if (context.vaultState() == VaultState.UNLOCKED) {
            context.vault().lock();
            shell.vaultStateProperty().set(context.vaultState());
            javafx.util.Duration t = idleLock.timeout();
            dialogs.notify("The vault locked itself after " + (t.toMinutes() >= 1 ? Math.round(t.toMinutes()) + " minutes"
                    : Math.round(t.toSeconds()) + " seconds") + " without activity.");
        }
    }

    /** A file handed to the app by the desktop (or a second launch): signing requests go to Sign. */
    private void openFile(Path file) {
        shell.select(Screen.SIGN);
        shell.fileToOpenProperty().set(file);
    }

    private void bringForward() {
        if (stage != null) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    private void openLink(String url) {
        try {
            getHostServices().showDocument(url);
        } catch (RuntimeException e) {
            LOG.warn("Could not open {}", url, e);
            dialogs.notifyWarning("Could not open " + url);
        }
    }

    private void restoreBounds(WindowBounds b) {
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        boolean onScreen = b.hasPosition() && !javafx.stage.Screen
                .getScreensForRectangle(new Rectangle2D(b.x(), b.y(), Math.min(b.width(), 200), 50)).isEmpty();
        if (onScreen) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
    }

    private void saveBounds() {
        if (stage.isMaximized()) {
            WindowBounds old = context.settings().window();
            context.settings().setWindow(new WindowBounds(old.x(), old.y(), old.width(), old.height(), true));
        } else if (stage.getWidth() > 0 && !Double.isNaN(stage.getX())) {
            context.settings().setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        }
    }

    private static void probeStartup(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                Optional<Instant> started = ProcessHandle.current().info().startInstant();
                long ms = started.map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L);
                System.out.println("startup-ms=" + ms);
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
