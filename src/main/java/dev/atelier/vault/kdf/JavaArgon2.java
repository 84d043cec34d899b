package dev.atelier.vault.kdf;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Bouncy Castle's pure-Java Argon2id: the fallback where libargon2 cannot load (lanes run one after another). */
public final class JavaArgon2 implements Argon2id {
    @Override
    public byte[] derive(byte[] password, byte[] salt, Argon2Params params, int length) {
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
