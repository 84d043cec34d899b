package dev.atelier.studio;

/**
 * A collection: one contract's worth of tokens. {@code contractAddress} and {@code baseUri} are
 * empty until the collection is packaged (base URI) or deployed (address, by the chain capability).
 *
 * @param royaltyBps EIP-2981 royalty in basis points (0..10000) paid to {@code royaltyReceiver}
 * @param network    id of a {@code dev.atelier.chain.NetworkPresets} network the collection targets
 * @param profile    id of the {@link MarketplaceProfile} its items are validated against
 */
public record Collection(long id, String name, String symbol, Standard standard, String description,
                         String coverImage, String externalLink, String royaltyReceiver, int royaltyBps,
                         String network, String profile, String contractAddress, String baseUri) {

    /** A new, unsaved collection with sensible defaults. */
    public static Collection draft(String name, Standard standard) {
        return new Collection(0, name, "", standard, "", "", "", "", 0, "sandbox", MarketplaceProfile.OPENSEA.id(), "", "");
    }

    public Collection withId(long newId) {
        return new Collection(newId, name, symbol, standard, description, coverImage, externalLink, royaltyReceiver,
                royaltyBps, network, profile, contractAddress, baseUri);
    }

    public Collection withBaseUri(String uri) {
        return new Collection(id, name, symbol, standard, description, coverImage, externalLink, royaltyReceiver,
                royaltyBps, network, profile, contractAddress, uri);
    }

    public Collection withContractAddress(String address) {
        return new Collection(id, name, symbol, standard, description, coverImage, externalLink, royaltyReceiver,
                royaltyBps, network, profile, address, baseUri);
    }

    public MarketplaceProfile marketplaceProfile() {
        return MarketplaceProfile.byId(profile);
    }
}
