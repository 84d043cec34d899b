package dev.atelier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier sign}: sign transactions, EIP-191 messages and EIP-712 typed data with the vault. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign transactions, EIP-191 messages and EIP-712 typed data with a vault account (offline).",
        subcommands = {SignTxCommand.class, SignMessageCommand.class, SignTypedDataCommand.class})
public final class SignCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: tx, message or typed-data");
    }
}
