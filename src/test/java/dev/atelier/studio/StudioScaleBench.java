package dev.atelier.studio;

import dev.atelier.common.ProgressSink;
import dev.atelier.studio.imports.ImportReport;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Studio's scale figures for docs/benchmarks.md (run by scripts/bench-studio.sh, never in CI):
 * 100,000-row CSV import rate, text search + attribute filter latency over 100 queries, and the
 * catalog work behind the first screen of a 100k collection. Prints one line per figure.
 */
@Tag("bench")
class StudioScaleBench {
    /** 100,000 by default; {@code -Dbench.rows=N} for a smoke run (scripts/bench-all.sh --quick). */
    static final int N = Integer.getInteger("bench.rows", 100_000);
    @TempDir
    Path dir;

    @Test
    void hundredThousandItems() throws Exception {
        Path csv = dir.resolve("items.csv");
        Files.write(dir.resolve("item.png"), new byte[100]);
        ScaleData.writeCsv(csv, N, "item.png");
        System.out.printf(Locale.ROOT, "csv: %d rows, %.1f MB%n", N, Files.size(csv) / 1e6);

        // Warm-up import (JIT) into a throwaway database, as a running app would be.
        for (int round = 0; round < 2; round++) {
            Path warm = Files.createDirectories(dir.resolve("warm" + round));
            try (StudioFixture fx = new StudioFixture(warm)) {
                fx.studio.importPath(fx.collection("Warm", Standard.ERC1155), csv, ProgressSink.NONE);
            }
        }
        List<Double> rates = new ArrayList<>();
        Path home = null;
        for (int run = 0; run < 3; run++) {
            home = Files.createDirectories(dir.resolve("run" + run));
            try (StudioFixture fx = new StudioFixture(home)) {
                Collection c = fx.collection("Armory", Standard.ERC1155);
                String drop = System.getProperty("bench.sql", "");
                if (!drop.isEmpty()) { // profiling aid: e.g. -Dbench.sql="DROP INDEX items_by_name"
                    fx.db.write(conn -> {
                        for (String sql : drop.split(";")) {
                            conn.createStatement().execute(sql);
                        }
                        return null;
                    });
                }
                long cpu0 = cpu();
                long t0 = System.nanoTime();
                ImportReport r = fx.studio.importPath(c, csv, ProgressSink.NONE);
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpuSecs = (cpu() - cpu0) / 1e9;
                if (r.imported() != N) {
                    throw new AssertionError("imported " + r.imported());
                }
                rates.add(N / secs);
                long dbBytes = Files.size(home.resolve("studio.db")) + Files.size(home.resolve("studio.db-wal"));
                System.out.printf(Locale.ROOT, "import run %d: %.0f ms wall (%.0f rows/s), %.0f ms thread CPU, db+wal %.0f MB%n",
                        run, secs * 1000, N / secs, cpuSecs * 1000, dbBytes / 1e6);
            }
        }
        rates.sort(null);
        System.out.printf(Locale.ROOT, "IMPORT median %.0f rows/s%n", rates.get(1));

        try (StudioFixture fx = new StudioFixture(home)) {
            Collection c = fx.studio.collection("Armory");
            SplittableRandom r = new SplittableRandom(7);
            String[] words = new String[ScaleData.MATERIALS.length + ScaleData.KINDS.length];
            System.arraycopy(ScaleData.MATERIALS, 0, words, 0, ScaleData.MATERIALS.length);
            System.arraycopy(ScaleData.KINDS, 0, words, ScaleData.MATERIALS.length, ScaleData.KINDS.length);
            for (int round = 0; round < 2; round++) {
                double[] ms = new double[100];
                double[] cpuMs = new double[100];
                long hits = 0;
                for (int q = 0; q < 100; q++) {
                    String w = words[r.nextInt(words.length)].toLowerCase(Locale.ROOT);
                    String text = w.substring(0, Math.max(3, r.nextInt(w.length()) + 1));
                    TraitFilter f = new TraitFilter("Rarity", ScaleData.RARITY[r.nextInt(ScaleData.RARITY.length)]);
                    ItemQuery query = ItemQuery.all(c.id()).withText(text).withTraits(List.of(f));
                    long c0 = cpu();
                    long t0 = System.nanoTime();
                    long count = fx.studio.search().count(query);
                    long[] page = fx.studio.search().ids(query, 100);
                    fx.studio.store().items(Arrays.copyOf(page, Math.min(page.length, 40)));
                    ms[q] = (System.nanoTime() - t0) / 1e6;
                    cpuMs[q] = (cpu() - c0) / 1e6;
                    hits += count;
                }
                Arrays.sort(ms);
                Arrays.sort(cpuMs);
                System.out.printf(Locale.ROOT, "SEARCH round %d: p50 %.2f ms, p95 %.2f ms, max %.2f ms wall; CPU p50 %.2f, p95 %.2f ms "
                        + "(mean %d hits; count + first 100 ids + 40 rows loaded)%n", round, ms[49], ms[94], ms[99], cpuMs[49], cpuMs[94],
                        hits / 100);
            }
            double[] first = new double[5];
            double[] firstCpu = new double[5];
            for (int i = 0; i < first.length; i++) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                fx.studio.store().collections();
                long[] ids = fx.studio.search().ids(ItemQuery.all(c.id()));
                fx.studio.store().items(Arrays.copyOf(ids, 40));
                first[i] = (System.nanoTime() - t0) / 1e6;
                firstCpu[i] = (cpu() - c0) / 1e6;
            }
            Arrays.sort(first);
            Arrays.sort(firstCpu);
            System.out.printf(Locale.ROOT, "FIRST-SCREEN catalog work (collections, 100k ids in token order, first 40 rows): "
                    + "median %.1f ms wall, %.1f ms CPU%n", first[2], firstCpu[2]);
        }
    }

    /** For profilers: {@code java -cp ... dev.atelier.studio.StudioScaleBench}. */
    public static void main(String[] args) throws Exception {
        StudioScaleBench b = new StudioScaleBench();
        b.dir = Files.createTempDirectory("studio-bench");
        b.hundredThousandItems();
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
