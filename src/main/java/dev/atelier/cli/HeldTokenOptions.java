package dev.atelier.cli;

import dev.atelier.studio.TokenId;
import java.math.BigInteger;
import picocli.CommandLine.Option;

/** The token a vault account holds and acts on: {@code --token ID --from ADDRESS [--amount N]} (transfer, burn). */
final class HeldTokenOptions {
    @Option(names = "--token", required = true, paramLabel = "ID", description = "Token id (decimal or 0x-hex).")
    String token;

    @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The vault account that holds it.")
    String from;

    @Option(names = "--amount", paramLabel = "N", defaultValue = "1", description = "ERC-1155: how many (default: ${DEFAULT-VALUE}).")
    BigInteger amount;

    BigInteger tokenId() {
        return TokenId.parse(token).value();
    }
}
