package dev.atelier.vault.kdf;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference C implementation (libargon2, the system's if installed, else the copy bundled in
 * argon2-jvm) called through JNA. Lanes run on threads, so p=4 uses four cores. See ADR 0003.
 */
public final class NativeArgon2 implements Argon2id {
    private static final Logger LOG = LoggerFactory.getLogger(NativeArgon2.class);
    private static volatile Boolean available;

    /** True when libargon2 loads on this platform (checked once). */
    public static boolean available() {
        Boolean a = available;
        if (a == null) {
            synchronized (NativeArgon2.class) {
                if (available == null) {
                    try {
                        Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id)
                                .rawHashAdvanced(1, 8, 1, new byte[1], new byte[16], null, null, 32, Argon2Version.V13);
                        available = true;
                    } catch (LinkageError | RuntimeException e) {
                        LOG.warn("Native Argon2 unavailable, using the pure-Java implementation: {}", e.toString());
                        available = false;
                    }
                }
                a = available;
            }
        }
        return a;
    }

    @Override
    public byte[] derive(byte[] password, byte[] salt, Argon2Params params, int length) {
        Argon2Advanced argon2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);
        return argon2.rawHashAdvanced(params.iterations(), params.memoryKiB(), params.parallelism(), password, salt,
                null, null, length, Argon2Version.V13);
    }

    @Override
    public String name() {
        return "libargon2 via JNA (argon2-jvm)";
    }
}
