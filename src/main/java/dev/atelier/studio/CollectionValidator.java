package dev.atelier.studio;

import dev.atelier.chain.NetworkPresets;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import java.util.ArrayList;
import java.util.List;

/** Checks a collection's own fields (the contract-level metadata and the deployment settings). */
public final class CollectionValidator {
    public static final int MAX_SYMBOL = 11;

    private CollectionValidator() {
    }

    public static ValidationReport validate(Collection c) {
        List<Issue> out = new ArrayList<>();
        if (c.name().isBlank()) {
            out.add(Issue.error("name", "The collection has no name. Give it one."));
        }
        if (c.symbol().isBlank()) {
            out.add(Issue.warning("symbol", "The collection has no symbol. Add a short ticker such as ATL (wallets show it)."));
        } else if (c.symbol().length() > MAX_SYMBOL || !c.symbol().matches("[A-Za-z0-9_-]+")) {
            out.add(Issue.warning("symbol", "Keep the symbol short (up to " + MAX_SYMBOL + " letters or digits, e.g. ATL)."));
        }
        if (c.description().isBlank()) {
            out.add(Issue.warning("description", "The collection has no description. Marketplaces show it on the collection page."));
        }
        if (c.royaltyBps() < 0 || c.royaltyBps() > 10_000) {
            out.add(Issue.error("royalty_bps", "Royalty must be between 0 and 10000 basis points (100%); it is " + c.royaltyBps() + "."));
        } else if (c.royaltyBps() > 1_000) {
            out.add(Issue.warning("royalty_bps", "A royalty above 10% (" + c.royaltyBps() / 100.0
                    + "%) is unusual; many marketplaces cap what they pay."));
        }
        if (c.royaltyBps() > 0) {
            if (c.royaltyReceiver().isBlank()) {
                out.add(Issue.error("royalty_receiver", "A royalty is set but nobody receives it. Enter the receiving address."));
            } else {
                try {
                    Address.parse(c.royaltyReceiver());
                } catch (AtelierException e) {
                    out.add(Issue.error("royalty_receiver", e.userMessage()));
                }
            }
        }
        if (NetworkPresets.byId(c.network()).isEmpty()) {
            out.add(Issue.error("network", "Unknown network '" + c.network() + "'. Choose one of the listed networks."));
        }
        ItemValidator.checkExternalUrl("external_link", c.externalLink(), out);
        return new ValidationReport(out);
    }
}
