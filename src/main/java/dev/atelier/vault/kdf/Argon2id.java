package dev.atelier.vault.kdf;

/** Argon2id, version 0x13 (RFC 9106), raw output. Implementations must agree bit for bit. */
public interface Argon2id {
    /** Derives {@code length} bytes; the caller wipes {@code password} and the result. */
    byte[] derive(byte[] password, byte[] salt, Argon2Params params, int length);

    /** A short name for logs and the benchmark ("libargon2 (JNA)", "Bouncy Castle"). */
    String name();

    /**
     * The fastest implementation available (decided on first use, so building a vault loads nothing): the native reference library through argon2-jvm (lanes
     * run in parallel), else Bouncy Castle's pure-Java generator (same output, slower, single-threaded).
     */
    static Argon2id best() {
        return new Argon2id() {
            private volatile Argon2id chosen;

            private Argon2id chosen() {
                Argon2id c = chosen;
                if (c == null) {
                    c = NativeArgon2.available() ? new NativeArgon2() : new JavaArgon2();
                    chosen = c;
                }
                return c;
            }

            @Override
            public byte[] derive(byte[] password, byte[] salt, Argon2Params params, int length) {
                return chosen().derive(password, salt, params, length);
            }

            @Override
            public String name() {
                return chosen().name();
            }
        };
    }
}
