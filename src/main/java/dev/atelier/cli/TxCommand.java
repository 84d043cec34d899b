package dev.atelier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * {@code atelier tx ...}: the parent of the transaction commands. Each subcommand lives in its own
 * class and is listed here, so features add theirs without touching the others.
 */
@Command(name = "tx", mixinStandardHelpOptions = true,
        description = "Decode, broadcast and follow signed transactions.",
        subcommands = {TxDecodeCommand.class, TxSendCommand.class, TxStatusCommand.class})
public final class TxCommand extends CliCommand {
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand (see 'atelier tx --help')");
    }
}
