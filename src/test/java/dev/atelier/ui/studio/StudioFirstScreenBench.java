package dev.atelier.ui.studio;

import dev.atelier.common.ProgressSink;
import dev.atelier.studio.Collection;
import dev.atelier.studio.ScaleData;
import dev.atelier.studio.Standard;
import dev.atelier.studio.Studio;
import dev.atelier.testing.FxApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Time to show the first screen of a 100,000-item collection in the real window: from the click
 * that selects the collection to the first frame whose table rows hold items (docs/benchmarks.md,
 * scripts/bench-studio.sh; never in CI).
 */
@Tag("bench")
class StudioFirstScreenBench {
    @TempDir
    Path home;
    @TempDir
    Path work;
    final FxRobot robot = new FxRobot();

    @Test
    void firstScreenOfAHundredThousandItemCollection() throws Exception {
        try (FxApp fx = FxApp.start(home)) {
            Studio studio = fx.context().studio();
            Files.copy(Path.of("assets/images/iron-sword.png"), work.resolve("item.png"));
            Path csv = work.resolve("items.csv");
            ScaleData.writeCsv(csv, Integer.getInteger("bench.rows", 100_000), "item.png"); // -Dbench.rows for a smoke run
            Collection big = studio.createCollection(Collection.draft("Armory 100k", Standard.ERC1155));
            studio.importPath(big, csv, ProgressSink.NONE);
            Collection small = studio.createCollection(Collection.draft("Zz small one", Standard.ERC721));

            double open = timeUntilRowsShown(fx, () -> robot.lookup("#nav-studio").queryAs(javafx.scene.control.ToggleButton.class).fire());
            StudioView view = robot.lookup("#screen-studio").queryAs(StudioView.class);
            System.out.printf(Locale.ROOT, "FIRST-SCREEN open Studio (view built, 100k collection first in the list): %.0f ms%n", open);

            double[] ms = new double[7];
            for (int i = 0; i < ms.length; i++) {
                robot.interact(() -> view.viewModel().select(small));
                WaitForAsyncUtils.waitForFxEvents();
                ms[i] = timeUntilRowsShown(fx, () -> view.viewModel().select(big));
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "FIRST-SCREEN switch to the 100k collection: median %.0f ms, max %.0f ms (7 runs)%n",
                    ms[3], ms[6]);
        }
    }

    /** Runs {@code action} on the FX thread and returns the ms until the first pulse after which a table row shows an item. */
    private double timeUntilRowsShown(FxApp fx, Runnable action) throws Exception {
        Scene scene = fx.stage().getScene();
        CountDownLatch done = new CountDownLatch(1);
        long[] at = new long[2];
        Runnable listener = () -> {
            boolean rows = scene.getRoot().lookupAll(".table-row-cell").stream()
                    .anyMatch(n -> n instanceof TableRow<?> r && r.getItem() != null && r.isVisible());
            if (rows && done.getCount() > 0) {
                at[1] = System.nanoTime();
                done.countDown();
            }
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener);
            at[0] = System.nanoTime();
            action.run();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("rows never shown");
        }
        robot.interact(() -> scene.removePostLayoutPulseListener(listener));
        return (at[1] - at[0]) / 1e6;
    }
}
