package dev.atelier.vault.kdf;

/** Argon2id, version 0x13 (RFC 9106), raw output. Implementations must agree bit for bit. */
public interface Argon2id {
    /** Derives {@code length} bytes; the caller wipes {@code password} and the result. */
    byte[] derive(byte[] password, byte[] salt, Argon2Params params, int length);

    /** A short name for logs and the benchmark ("libargon2 (JNA)", "Bouncy Castle"). */
    String name();

    /**
     * The fastest implementation available: the native reference library through argon2-jvm (lanes
     * run in parallel), else Bouncy Castle's pure-Java generator (same output, slower, single-threaded).
     */
    static Argon2id best() {
        return NativeArgon2.available() ? new NativeArgon2() : new JavaArgon2();
    }
}
