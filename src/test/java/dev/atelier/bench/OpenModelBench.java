package dev.atelier.bench;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.ui.AtelierApp;
import dev.atelier.ui.Screen;
import dev.atelier.ui.preview.AssetsView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Open-to-first-frame of the first model opened in a running app: the real window (run under
 * Xvfb with prism.forceGPU=true for the 3D view), Assets screen shown and idle, then the time from
 * {@code openFile} to the first pulse after the 3D sub-scene is in the scene graph.
 */
final class OpenModelBench {
    private static volatile AtomicLong INSPECTED;

    private OpenModelBench() {
    }

    static void run(Path model) throws Exception {
        Path home = Files.createTempDirectory("atelier-bench");
        AppContext ctx = AppContext.open(AppPaths.at(home));
        CountDownLatch started = new CountDownLatch(1);
        AtelierApp[] app = new AtelierApp[1];
        Platform.startup(() -> {
            try {
                app[0] = new AtelierApp(ctx);
                app[0].init();
                app[0].start(new Stage());
                app[0].shell().select(Screen.ASSETS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            started.countDown();
        });
        started.await();
        // Let the window settle and the background warm-up finish, as while a user picks a file;
        // the model is still the first one opened.
        Thread.sleep(1000);
        for (int i = 0; i < 100; i++) {
            boolean[] idle = new boolean[1];
            CountDownLatch asked = new CountDownLatch(1);
            Platform.runLater(() -> {
                idle[0] = app[0].tasks().running().isEmpty();
                asked.countDown();
            });
            asked.await();
            if (idle[0]) {
                break;
            }
            Thread.sleep(100);
        }
        Thread.sleep(500);
        if (Boolean.getBoolean("bench.direct")) {
            long d0 = System.nanoTime();
            ctx.assetInspector().open(model, null);
            System.out.printf("direct-open-ms=%.0f ", (System.nanoTime() - d0) / 1e6);
        }
        CountDownLatch shown = new CountDownLatch(1);
        AtomicLong t0 = new AtomicLong();
        AtomicLong t1 = new AtomicLong();
        Platform.runLater(() -> {
            AssetsView view = (AssetsView) find(app[0].shellView(), "screen-assets");
            var scene = view.getScene();
            Runnable[] probe = new Runnable[1];
            probe[0] = () -> {
                if (find(view, "model-subscene") != null && t1.get() == 0) {
                    // this pulse laid the sub-scene out; the frame is rendered at the end of it
                    t1.set(System.nanoTime());
                    scene.removePostLayoutPulseListener(probe[0]);
                    shown.countDown();
                }
            };
            scene.addPostLayoutPulseListener(probe[0]);
            AtomicLong inspected = new AtomicLong();
            view.viewModel().openedProperty().addListener((o, a, b) -> inspected.set(System.nanoTime()));
            t0.set(System.nanoTime());
            view.openFile(model);
            INSPECTED = inspected;
        });
        shown.await();
        System.out.printf("inspected-ms=%.0f ", (INSPECTED.get() - t0.get()) / 1e6);
        System.out.printf("open-to-first-frame-ms=%.0f 3d=%s%n", (t1.get() - t0.get()) / 1e6,
                Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D));
        Platform.runLater(() -> {
            app[0].stop();
            Platform.exit();
        });
        ctx.close();
        System.exit(0);
    }

    static Node find(Node n, String id) {
        if (id.equals(n.getId())) {
            return n;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Node f = find(c, id);
                if (f != null) {
                    return f;
                }
            }
        }
        if (n instanceof javafx.scene.control.SplitPane sp) {
            for (Node c : sp.getItems()) {
                Node f = find(c, id);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
