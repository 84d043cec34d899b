package dev.atelier.vault.kdf;

import dev.atelier.common.ProgressSink;

/**
 * How a new vault (or a new passphrase) chooses its Argon2id parameters. Users always get
 * {@link #calibrated()}; tests may inject cheap parameters, which only {@link #testingOnly} allows
 * below the floor.
 */
public interface KdfPolicy {
    Argon2Params choose(Argon2id argon2, ProgressSink progress);

    /** False only for the test policy: everything else refuses parameters below the floor. */
    default boolean enforcesFloor() {
        return true;
    }

    /** About one second on this machine, never below the floor (see {@link KdfCalibrator}). */
    static KdfPolicy calibrated() {
        return (argon2, progress) -> new KdfCalibrator(argon2).calibrate(progress);
    }

    /** Exactly the floor (64 MiB, t=3) with p = cores (≤ 4): quick, still a valid user vault. */
    static KdfPolicy floor() {
        return (argon2, progress) -> Argon2Params.floor(KdfCalibrator.defaultParallelism());
    }

    /** Fixed parameters, possibly below the floor. Never reachable from the app or the CLI. */
    static KdfPolicy testingOnly(Argon2Params params) {
        return new KdfPolicy() {
            @Override
            public Argon2Params choose(Argon2id argon2, ProgressSink progress) {
                return params;
            }

            @Override
            public boolean enforcesFloor() {
                return false;
            }
        };
    }
}
