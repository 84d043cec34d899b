package dev.atelier.vault.kdf;

import dev.atelier.common.ProgressSink;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks Argon2id parameters that take about {@link #TARGET_MILLIS} on this machine: p = cores (at
 * most 4), t = 3, memory grown from the 64 MiB floor in proportion to the measured time (Argon2's cost
 * is linear in m·t), capped at 1 GiB and at an eighth of physical memory; passes are added only when
 * memory hits its cap. Never below the floor.
 */
public final class KdfCalibrator {
    private static final Logger LOG = LoggerFactory.getLogger(KdfCalibrator.class);
    public static final long TARGET_MILLIS = 1000;
    public static final int MAX_MEMORY_KIB = 1024 * 1024;
    private static final int MEMORY_STEP_KIB = 16 * 1024;

    private final Argon2id argon2;

    public KdfCalibrator(Argon2id argon2) {
        this.argon2 = argon2;
    }

    public static int defaultParallelism() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    public Argon2Params calibrate(ProgressSink progress) {
        int p = defaultParallelism();
        byte[] salt = new byte[16];
        byte[] pw = new byte[] {1};
        progress.message("Measuring this computer's speed");
        // Warm-up: loads the native library and touches the code paths, so the probe measures hashing.
        argon2.derive(pw, salt, new Argon2Params(8 * 1024, 1, p), 32);
        Argon2Params probe = Argon2Params.floor(p);
        long start = System.nanoTime();
        argon2.derive(pw, salt, probe, 32);
        double probeMs = Math.max(1, (System.nanoTime() - start) / 1e6);
        progress.progress(1, 3);

        int cap = Math.min(MAX_MEMORY_KIB, physicalMemoryCapKiB());
        double scale = TARGET_MILLIS / probeMs;
        long memory = (long) (probe.memoryKiB() * scale);
        memory = memory / MEMORY_STEP_KIB * MEMORY_STEP_KIB;
        int m = (int) Math.max(Argon2Params.FLOOR_MEMORY_KIB, Math.min(cap, memory));
        int t = Argon2Params.FLOOR_ITERATIONS;
        if (m == cap) {
            double msAtCap = probeMs * cap / probe.memoryKiB();
            t = (int) Math.max(Argon2Params.FLOOR_ITERATIONS,
                    Math.min(12, Math.floor(Argon2Params.FLOOR_ITERATIONS * TARGET_MILLIS / msAtCap)));
        }
        Argon2Params chosen = new Argon2Params(Math.max(m, Argon2Params.FLOOR_MEMORY_KIB), t, p);
        LOG.info("Argon2id calibration with {}: floor took {} ms, chose {}", argon2.name(), Math.round(probeMs), chosen.describe());
        progress.progress(2, 3);
        return chosen;
    }

    private static int physicalMemoryCapKiB() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                long kib = os.getTotalMemorySize() / 1024 / 8;
                return (int) Math.max(Argon2Params.FLOOR_MEMORY_KIB, Math.min(Integer.MAX_VALUE, kib));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("Physical memory unknown", e);
        }
        return 256 * 1024;
    }
}
