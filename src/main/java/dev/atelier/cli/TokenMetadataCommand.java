package dev.atelier.cli;

import dev.atelier.studio.TokenId;
import dev.atelier.studio.mint.TokenManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier token metadata --collection NAME --token ID [--uri URI] [--from ADDRESS]}. */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = {"Point a token at new metadata so marketplaces refresh it: ERC-721 setTokenURI (ERC-4906",
                "MetadataUpdate), ERC-1155 setURI (URI event). Default URI: the item's file in the collection's package."})
public final class TokenMetadataCommand extends TokenWriteCommand {
    @Option(names = "--token", required = true, paramLabel = "ID", description = "Token id (decimal or 0x-hex).")
    String token;

    @Option(names = "--uri", paramLabel = "URI", description = "The new metadata URI (default: from the collection's base URI).")
    String uri;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The contract owner's vault account (default: the owner on chain).")
    String from;

    @Override
    public Integer call() {
        TokenManager t = tokens();
        TokenId id = TokenId.parse(token);
        String target = uri != null ? uri : TokenManager.packagedUri(c, id);
        return done(t, t.updateMetadata(c, n, signer(from, true), id.value(), target));
    }
}
