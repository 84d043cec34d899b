package dev.atelier.cli;

import dev.atelier.crypto.Address;
import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.TokenManager;
import java.math.BigInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier token transfer --collection NAME --token ID --to ADDRESS --from ADDRESS [--amount N]}. */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = "Send a token (ERC-721) or an amount of it (ERC-1155) from a vault account that holds it.")
public final class TokenTransferCommand extends TokenWriteCommand {
    @Option(names = "--token", required = true, paramLabel = "ID", description = "Token id (decimal or 0x-hex).")
    String token;

    @Option(names = "--to", required = true, paramLabel = "ADDRESS", description = "Who receives it.")
    String to;

    @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The vault account that holds it.")
    String from;

    @Option(names = "--amount", paramLabel = "N", defaultValue = "1", description = "ERC-1155: how many (default: ${DEFAULT-VALUE}).")
    BigInteger amount;

    @Override
    public Integer call() {
        TokenManager t = tokens();
        return done(t, t.transfer(c, n, signer(from, false), TokenId.parse(token).value(), Address.parse(to), amount));
    }
}
