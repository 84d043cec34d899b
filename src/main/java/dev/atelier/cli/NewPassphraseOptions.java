package dev.atelier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The new vault passphrase of {@code vault change-passphrase}: {@code ATELIER_NEW_PASSPHRASE}, a file, or a prompt (twice). */
public final class NewPassphraseOptions {
    public static final String ENV = "ATELIER_NEW_PASSPHRASE";

    @Option(names = "--new-passphrase-file", paramLabel = "F",
            description = "Read the new passphrase from this file (else $" + ENV + ", else a prompt, asked twice).")
    Path file;

    public char[] read(CliIo io) {
        return SecretInput.read(io, ENV, file, "--new-passphrase-file", "New vault passphrase", true);
    }
}
