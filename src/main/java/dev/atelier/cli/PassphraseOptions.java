package dev.atelier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The vault passphrase, for any command that needs the vault unlocked: {@code ATELIER_PASSPHRASE},
 * {@code --passphrase-file F}, or a prompt. Use as {@code @Mixin PassphraseOptions passphrase;} and
 * get an unlocked vault with {@link VaultSession#unlocked}.
 */
public final class PassphraseOptions {
    public static final String ENV = "ATELIER_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "F",
            description = "Read the vault passphrase from this file (else $" + ENV + ", else a prompt).")
    Path file;

    /** The passphrase; {@code confirm} asks twice at a prompt (when a new vault is created). Caller wipes it. */
    public char[] read(CliIo io, boolean confirm) {
        return SecretInput.read(io, ENV, file, "--passphrase-file", "Vault passphrase", confirm);
    }
}
