package dev.atelier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** A keystore file's password: {@code ATELIER_KEYSTORE_PASSWORD}, {@code --keystore-password-file F}, or a prompt. */
public final class KeystorePasswordOptions {
    public static final String ENV = "ATELIER_KEYSTORE_PASSWORD";

    @Option(names = "--keystore-password-file", paramLabel = "F",
            description = "Read the keystore password from this file (else $" + ENV + ", else a prompt).")
    Path file;

    /** {@code confirm} asks twice at a prompt (when writing a new keystore). Caller wipes the result. */
    public char[] read(CliIo io, boolean confirm) {
        return SecretInput.read(io, ENV, file, "--keystore-password-file", "Keystore password", confirm);
    }
}
