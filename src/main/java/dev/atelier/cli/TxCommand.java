package dev.atelier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atelier tx}: work with raw transactions. */
@Command(name = "tx", mixinStandardHelpOptions = true, description = "Work with raw signed transactions.",
        subcommands = {TxDecodeCommand.class})
public final class TxCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: decode");
    }
}
