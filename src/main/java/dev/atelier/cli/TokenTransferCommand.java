package dev.atelier.cli;

import dev.atelier.crypto.Address;
import dev.atelier.studio.mint.TokenManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atelier token transfer --collection NAME --token ID --to ADDRESS --from ADDRESS [--amount N]}. */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = "Send a token (ERC-721) or an amount of it (ERC-1155) from a vault account that holds it.")
public final class TokenTransferCommand extends TokenWriteCommand {
    @Mixin
    HeldTokenOptions held;

    @Option(names = "--to", required = true, paramLabel = "ADDRESS", description = "Who receives it.")
    String to;

    @Override
    public Integer call() {
        TokenManager t = tokens();
        return done(t, t.transfer(c, n, signer(held.from, false), held.tokenId(), Address.parse(to), held.amount));
    }
}
