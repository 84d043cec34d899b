package dev.atelier.cli;

import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.TokenManager;
import java.math.BigInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier token burn --collection NAME --token ID --from ADDRESS [--amount N]}. */
@Command(name = "burn", mixinStandardHelpOptions = true,
        description = "Destroy a token (ERC-721) or an amount of it (ERC-1155) held by a vault account.")
public final class TokenBurnCommand extends TokenWriteCommand {
    @Option(names = "--token", required = true, paramLabel = "ID", description = "Token id (decimal or 0x-hex).")
    String token;

    @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The vault account that holds it.")
    String from;

    @Option(names = "--amount", paramLabel = "N", defaultValue = "1", description = "ERC-1155: how many (default: ${DEFAULT-VALUE}).")
    BigInteger amount;

    @Override
    public Integer call() {
        TokenManager t = tokens();
        return done(t, t.burn(c, n, signer(from, false), TokenId.parse(token).value(), amount));
    }
}
