package dev.atelier.vault.kdf;

/**
 * One Argon2id hash in a fresh JVM, first call included (library loading and all): the figure a user
 * waits for at unlock. Run by scripts/bench-argon2.sh next to the reference C implementation.
 * Usage: Argon2Bench native|bc MEMORY_KIB T P
 */
public final class Argon2Bench {
    private Argon2Bench() {
    }

    public static void main(String[] args) {
        Argon2id impl = args[0].equals("bc") ? new JavaArgon2() : new NativeArgon2();
        Argon2Params p = new Argon2Params(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        byte[] salt = new byte[32];
        long start = System.nanoTime();
        impl.derive("benchmark passphrase".getBytes(java.nio.charset.StandardCharsets.UTF_8), salt, p, 32);
        long first = System.nanoTime() - start;
        start = System.nanoTime();
        impl.derive("benchmark passphrase".getBytes(java.nio.charset.StandardCharsets.UTF_8), salt, p, 32);
        long warm = System.nanoTime() - start;
        System.out.printf("%s first=%d ms warm=%d ms%n", impl.name(), first / 1_000_000, warm / 1_000_000);
    }
}
