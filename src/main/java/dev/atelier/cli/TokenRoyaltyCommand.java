package dev.atelier.cli;

import dev.atelier.crypto.Address;
import dev.atelier.studio.mint.TokenManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier token royalty --collection NAME --receiver ADDRESS --bps N [--from ADDRESS]}. */
@Command(name = "royalty", mixinStandardHelpOptions = true,
        description = "Set the collection's EIP-2981 royalty (signed by the contract owner).")
public final class TokenRoyaltyCommand extends TokenWriteCommand {
    @Option(names = "--receiver", required = true, paramLabel = "ADDRESS", description = "Who is paid the royalty.")
    String receiver;

    @Option(names = "--bps", required = true, paramLabel = "N", description = "Basis points: 500 = 5 %%.")
    int bps;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The contract owner's vault account (default: the owner on chain).")
    String from;

    @Override
    public Integer call() {
        TokenManager t = tokens();
        return done(t, t.setRoyalty(c, n, signer(from, true), Address.parse(receiver), bps));
    }
}
