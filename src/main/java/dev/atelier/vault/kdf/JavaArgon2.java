package dev.atelier.vault.kdf;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Bouncy Castle's pure-Java Argon2id: the fallback where libargon2 cannot load (lanes run one after another). */
public final class JavaArgon2 implements Argon2id {
    @Override
    public byte[] derive(byte[] password, byte[] salt, Argon2Params params, int length) {
        // Bouncy Castle allocates the whole memory on the Java heap: say so instead of an OutOfMemoryError.
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (params.memoryKiB() * 1024L + (32L << 20) > free) {
            System.gc();
            free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
            if (params.memoryKiB() * 1024L + (32L << 20) > free) {
                throw new dev.atelier.common.AtelierException("Unlocking needs " + (params.memoryKiB() >> 10) + " MiB for "
                        + "Argon2id and only " + (free >> 20) + " MiB are free in this Java process (the native Argon2 "
                        + "library could not be loaded). Start Atelier with a larger -Xmx.");
            }
        }
        Argon2Parameters p = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withIterations(params.iterations())
                .withMemoryAsKB(params.memoryKiB())
                .withParallelism(params.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(p);
        byte[] out = new byte[length];
        g.generateBytes(password, out);
        return out;
    }

    @Override
    public String name() {
        return "Bouncy Castle Argon2BytesGenerator";
    }
}
