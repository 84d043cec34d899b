package dev.atelier.cli.studio;

import dev.atelier.chain.NetworkPresets;
import dev.atelier.cli.CliCommand;
import dev.atelier.common.AtelierException;
import dev.atelier.studio.Collection;
import dev.atelier.studio.MarketplaceProfile;
import dev.atelier.studio.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier collection create NAME --standard erc721|erc1155 ...}. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a collection.")
public final class CollectionCreateCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Collection name (unique).")
    String name;

    @Option(names = "--standard", required = true, paramLabel = "erc721|erc1155", description = "Token standard.")
    String standard;

    @Option(names = "--symbol", paramLabel = "S", description = "Short ticker, e.g. ATL.")
    String symbol = "";

    @Option(names = "--royalty-bps", paramLabel = "N", description = "EIP-2981 royalty in basis points (250 = 2.5%%).")
    Integer royaltyBps;

    @Option(names = "--royalty-to", paramLabel = "ADDRESS", description = "Who receives the royalty.")
    String royaltyTo;

    @Option(names = "--profile", paramLabel = "P", description = "Marketplace profile: opensea (default), generic, permanent.")
    String profile = MarketplaceProfile.OPENSEA.id();

    @Option(names = "--network", paramLabel = "ID", description = "Target network id (default: sandbox).")
    String network = "sandbox";

    @Override
    public Integer call() throws Exception {
        if ((royaltyBps != null && royaltyBps > 0) != (royaltyTo != null && !royaltyTo.isBlank())) {
            throw new AtelierException("Give --royalty-bps and --royalty-to together (the royalty and who receives it).");
        }
        if (NetworkPresets.byId(network).isEmpty()) {
            throw new AtelierException("Unknown network '" + network + "'. Known: "
                    + String.join(", ", NetworkPresets.ALL.stream().map(n -> n.id()).toList()) + ".");
        }
        Collection draft = Collection.draft(name, Standard.parse(standard));
        draft = new Collection(0, name.strip(), symbol, draft.standard(), "", "", "", royaltyTo == null ? "" : royaltyTo.strip(),
                royaltyBps == null ? 0 : royaltyBps, network, MarketplaceProfile.byId(profile).id(), "", "");
        Collection c = app().studio().createCollection(draft);
        out().println("Created collection '" + c.name() + "' (" + c.standard().label() + ").");
        return 0;
    }
}
