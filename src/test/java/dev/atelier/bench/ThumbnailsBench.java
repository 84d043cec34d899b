package dev.atelier.bench;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.asset.Thumbnails;
import dev.atelier.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Thumbnails of every image in a folder made in the background (through FxTaskRunner, two tasks
 * at a time, as the catalog does) while an AnimationTimer on the FX thread records the longest gap
 * between frames: a frozen UI shows up as a long gap.
 */
final class ThumbnailsBench {
    private ThumbnailsBench() {
    }

    /** Makes {@code count} seeded 1024×768 PNG and JPEG images in the folder (if it is empty). */
    static void makeImages(Path folder, int count) throws Exception {
        Files.createDirectories(folder);
        try (Stream<Path> s = Files.list(folder)) {
            if (s.findAny().isPresent()) {
                return;
            }
        }
        java.util.Random rnd = new java.util.Random(1000);
        for (int i = 0; i < count; i++) {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1024, 768, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            for (int k = 0; k < 40; k++) {
                g.setColor(new java.awt.Color(rnd.nextInt(0xFFFFFF)));
                g.fillOval(rnd.nextInt(1024), rnd.nextInt(768), 50 + rnd.nextInt(300), 50 + rnd.nextInt(300));
            }
            g.dispose();
            String fmt = i % 2 == 0 ? "png" : "jpeg";
            javax.imageio.ImageIO.write(img, fmt, folder.resolve(String.format("item-%04d.%s", i, fmt.equals("png") ? "png" : "jpg")).toFile());
        }
    }

    static void run(Path folder) throws Exception {
        makeImages(folder, 1000);
        List<Path> images;
        try (Stream<Path> s = Files.list(folder)) {
            images = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path home = Files.createTempDirectory("atelier-bench");
        AppContext ctx = AppContext.open(AppPaths.at(home));
        Thumbnails thumbs = ctx.thumbnails();
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        FxTaskRunner tasks = new FxTaskRunner();
        long[] maxGap = new long[1];
        long[] last = new long[1];
        java.util.List<Long> gaps = new java.util.ArrayList<>();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    maxGap[0] = Math.max(maxGap[0], now - last[0]);
                    gaps.add(now - last[0]);
                }
                last[0] = now;
            }
        };
        CountDownLatch done = new CountDownLatch(Integer.getInteger("workers", 2));
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        Platform.runLater(() -> {
            timer.start();
            for (int w = 0; w < Integer.getInteger("workers", 2); w++) {
                tasks.submit("Thumbnails", p -> {
                    for (int i; (i = next.getAndIncrement()) < images.size(); ) {
                        thumbs.get(images.get(i), 256);
                    }
                    return null;
                }, x -> done.countDown(), e -> {
                    e.printStackTrace();
                    done.countDown();
                });
            }
        });
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        Platform.runLater(timer::stop);
        CountDownLatch stopped = new CountDownLatch(1);
        Platform.runLater(stopped::countDown);
        stopped.await();
        List<Long> sorted = gaps.stream().sorted().toList();
        long over100 = sorted.stream().filter(g -> g > 100_000_000L).count();
        System.out.printf("thumbnails=%d seconds=%.1f per-image-ms=%.1f frames=%d frame-gap-ms p50=%.0f p99=%.0f max=%.0f gaps-over-100ms=%d%n",
                images.size(), seconds, seconds * 1000 / images.size(), sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, maxGap[0] / 1e6, over100);
        tasks.close();
        ctx.close();
        System.exit(0);
    }
}
