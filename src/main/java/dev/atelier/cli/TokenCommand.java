package dev.atelier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** {@code atelier token ...}: managing a deployed collection's tokens and reading them back from the chain. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Manage a deployed collection's tokens (transfer, burn, royalty, metadata) and read",
                "owners and balances back from the chain's Transfer logs."},
        subcommands = {TokenHoldersCommand.class, TokenTransferCommand.class, TokenBurnCommand.class, TokenRoyaltyCommand.class,
            TokenMetadataCommand.class})
public final class TokenCommand extends CliCommand {
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: holders, transfer, burn, royalty or metadata");
    }
}
