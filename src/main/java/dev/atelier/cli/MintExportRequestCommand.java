package dev.atelier.cli;

import dev.atelier.chain.Network;
import dev.atelier.chain.contracts.TokenCalls;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.signing.file.SigningRequest;
import dev.atelier.studio.Collection;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atelier mint export-request --collection NAME --to ADDRESS --out REQUEST.json}: the mint as a
 * signing request (consecutive nonces) for an air-gapped signer. Broadcast the signed response with
 * {@code atelier tx send --in RESPONSE.json}: it is matched to the exported batches.
 */
@Command(name = "export-request", mixinStandardHelpOptions = true,
        description = {"Write the mint as a signing request for an air-gapped machine (batches with consecutive nonces).",
                "Sign it there, then broadcast the response here with 'atelier tx send --in RESPONSE.json'."})
public final class MintExportRequestCommand extends CliCommand {
    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The collection.")
    String collection;

    @Option(names = "--to", required = true, paramLabel = "ADDRESS", description = "Who receives the tokens.")
    String to;

    @Option(names = "--out", required = true, paramLabel = "REQUEST.json", description = "Where to write the signing request.")
    Path out;

    @Option(names = "--item", paramLabel = "ID", arity = "1..*", description = "Token ids (default: every item not minted yet).")
    List<String> items;

    @Option(names = "--network", paramLabel = "N", description = "Network id, name or chain id (default: the collection's).")
    String network;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The (offline) account that owns the contract (default: its owner).")
    String from;

    @Override
    public Integer call() {
        Collection c = app().studio().collection(collection);
        if (c.contractAddress().isBlank()) {
            throw new AtelierException(c.name() + " has no contract yet. Deploy it first.");
        }
        Network n = MintSupport.network(app(), c, network);
        Address sender = from != null ? Address.parse(from)
                : TokenCalls.contractOwner(app().networks().rpc(n), Address.parse(c.contractAddress()));
        SigningRequest r = MintSupport.service(app()).exportRequest(c,
                MintCommand.chosen(app().studio().store().allItems(c.id()), c, items), Address.parse(to), sender, n, out);
        out().println("Wrote " + out + ": " + r.items().size() + " transaction(s) from " + sender + " for " + r.purpose() + ".");
        out().println("Sign it on the offline machine, then: atelier tx send --in RESPONSE.json --network " + n.id());
        return 0;
    }
}
