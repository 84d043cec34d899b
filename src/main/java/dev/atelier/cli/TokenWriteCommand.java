package dev.atelier.cli;

import dev.atelier.chain.Network;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.chain.tx.TxEntry;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Signer;
import dev.atelier.studio.Collection;
import dev.atelier.studio.mint.TokenManager;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every token-changing command shares: the collection, its network, the signing account, the result line. */
abstract class TokenWriteCommand extends CliCommand {
    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The deployed collection.")
    String collection;

    @Option(names = "--network", paramLabel = "N", description = "Network id, name or chain id (default: the collection's).")
    String network;

    @Mixin
    PassphraseOptions passphrase;

    Collection c;
    Network n;

    /** The vault account that signs: {@code --from} if given, else {@code fallback} (the holder or the contract owner). */
    Signer signer(String from, boolean ownerByDefault) {
        Address who;
        if (from != null) {
            who = Address.parse(from);
        } else if (ownerByDefault) {
            who = TokenCalls.contractOwner(app().networks().rpc(n), Address.parse(c.contractAddress()));
        } else {
            throw new dev.atelier.common.AtelierException("Say which vault account holds the token with --from ADDRESS.");
        }
        return MintSupport.signer(app(), n, who, passphrase, root().io());
    }

    TokenManager tokens() {
        c = app().studio().collection(collection);
        if (c.contractAddress().isBlank()) {
            throw new dev.atelier.common.AtelierException(c.name() + " has no contract yet. Deploy it first: atelier collection deploy \""
                    + c.name() + "\" --network N --from ADDRESS");
        }
        n = MintSupport.network(app(), c, network);
        return MintSupport.service(app()).tokens();
    }

    /** Prints the mined transaction and reads the holders back so Studio shows the change. */
    int done(TokenManager tokens, TxEntry e) {
        out().println(e.status().label().toLowerCase() + "   " + e.hash() + (e.blockNumber() != null ? "  block " + e.blockNumber() : ""));
        if (!n.txUrl(e.hash()).isEmpty()) {
            out().println("         " + n.txUrl(e.hash()));
        }
        tokens.readBack(c, n, false, ProgressSink.NONE);
        return 0;
    }
}
