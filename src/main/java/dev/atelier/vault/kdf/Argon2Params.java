package dev.atelier.vault.kdf;

import dev.atelier.common.AtelierException;

/**
 * Argon2id cost parameters (RFC 9106 §3.1): memory in KiB, passes, lanes. The vault stores them next
 * to the salt, so any correct Argon2id implementation opens a vault made by another.
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    /** The floor for vaults a user creates: 64 MiB, 3 passes (ARCHITECTURE.md "Data at rest"). */
    public static final int FLOOR_MEMORY_KIB = 64 * 1024;
    public static final int FLOOR_ITERATIONS = 3;
    /** Upper bounds for parameters read from a file: a hostile vault must not make us allocate 100 GiB. */
    public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    public static final int MAX_ITERATIONS = 64;
    public static final int MAX_PARALLELISM = 16;
    /**
     * Upper bound of m·t (KiB × passes) for parameters read from a file: 16 GiB-passes, above what the
     * calibrator ever picks (1 GiB × 12) yet far below 4 GiB × 64, which would run for many minutes.
     */
    public static final long MAX_WORK_KIB_PASSES = 16L * 1024 * 1024;
    public static final int VERSION = 0x13;

    public static Argon2Params floor(int parallelism) {
        return new Argon2Params(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, parallelism);
    }

    public boolean meetsFloor() {
        return memoryKiB >= FLOOR_MEMORY_KIB && iterations >= FLOOR_ITERATIONS;
    }

    /** Rejects values no Argon2id accepts or that a hostile file could use to exhaust memory or time. */
    public Argon2Params checked() {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS
                || memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB
                || (long) memoryKiB * iterations > MAX_WORK_KIB_PASSES) {
            throw new AtelierException("The vault's key-derivation parameters are out of range (Argon2id m=" + memoryKiB
                    + " KiB, t=" + iterations + ", p=" + parallelism + "). The file is damaged or was not made by Atelier; "
                    + "restore vault.db from a backup.");
        }
        return this;
    }

    public String describe() {
        return "Argon2id m=" + (memoryKiB % 1024 == 0 ? (memoryKiB / 1024) + " MiB" : memoryKiB + " KiB")
                + ", t=" + iterations + ", p=" + parallelism;
    }
}
