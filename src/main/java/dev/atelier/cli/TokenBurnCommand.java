package dev.atelier.cli;

import dev.atelier.studio.mint.TokenManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code atelier token burn --collection NAME --token ID --from ADDRESS [--amount N]}. */
@Command(name = "burn", mixinStandardHelpOptions = true,
        description = "Destroy a token (ERC-721) or an amount of it (ERC-1155) held by a vault account.")
public final class TokenBurnCommand extends TokenWriteCommand {
    @Mixin
    HeldTokenOptions held;

    @Override
    public Integer call() {
        TokenManager t = tokens();
        return done(t, t.burn(c, n, signer(held.from, false), held.tokenId(), held.amount));
    }
}
