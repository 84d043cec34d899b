package dev.atelier.studio;

import java.util.List;

/**
 * One token of a collection with its metadata fields. {@code image} and {@code animationUrl} hold a
 * local file path until the collection is packaged, or a URI ({@code ipfs://}, {@code ar://},
 * {@code https://}). {@code id} is 0 for an item that is not saved yet.
 *
 * @param supply ERC-1155 amount to mint (always 1 for ERC-721)
 */
public record Item(long id, long collectionId, TokenId tokenId, String name, String description, String image,
                   String animationUrl, String externalUrl, String backgroundColor, long supply,
                   List<Attribute> attributes, List<GameProperty> properties, ItemStatus status, Verdict verdict) {

    public Item {
        attributes = List.copyOf(attributes);
        properties = List.copyOf(properties);
    }

    public static Item draft(long collectionId, TokenId tokenId, String name) {
        return new Item(0, collectionId, tokenId, name, "", "", "", "", "", 1, List.of(), List.of(), ItemStatus.DRAFT,
                Verdict.ERRORS);
    }

    public Item withId(long v) {
        return new Item(v, collectionId, tokenId, name, description, image, animationUrl, externalUrl, backgroundColor,
                supply, attributes, properties, status, verdict);
    }

    public Item withTokenId(TokenId v) {
        return new Item(id, collectionId, v, name, description, image, animationUrl, externalUrl, backgroundColor,
                supply, attributes, properties, status, verdict);
    }

    public Item withName(String v) {
        return new Item(id, collectionId, tokenId, v, description, image, animationUrl, externalUrl, backgroundColor,
                supply, attributes, properties, status, verdict);
    }

    public Item withDescription(String v) {
        return new Item(id, collectionId, tokenId, name, v, image, animationUrl, externalUrl, backgroundColor,
                supply, attributes, properties, status, verdict);
    }

    public Item withImage(String v) {
        return new Item(id, collectionId, tokenId, name, description, v, animationUrl, externalUrl, backgroundColor,
                supply, attributes, properties, status, verdict);
    }

    public Item withAnimationUrl(String v) {
        return new Item(id, collectionId, tokenId, name, description, image, v, externalUrl, backgroundColor,
                supply, attributes, properties, status, verdict);
    }

    public Item withExternalUrl(String v) {
        return new Item(id, collectionId, tokenId, name, description, image, animationUrl, v, backgroundColor,
                supply, attributes, properties, status, verdict);
    }

    public Item withBackgroundColor(String v) {
        return new Item(id, collectionId, tokenId, name, description, image, animationUrl, externalUrl, v,
                supply, attributes, properties, status, verdict);
    }

    public Item withSupply(long v) {
        return new Item(id, collectionId, tokenId, name, description, image, animationUrl, externalUrl, backgroundColor,
                v, attributes, properties, status, verdict);
    }

    public Item withAttributes(List<Attribute> v) {
        return new Item(id, collectionId, tokenId, name, description, image, animationUrl, externalUrl, backgroundColor,
                supply, v, properties, status, verdict);
    }

    public Item withProperties(List<GameProperty> v) {
        return new Item(id, collectionId, tokenId, name, description, image, animationUrl, externalUrl, backgroundColor,
                supply, attributes, v, status, verdict);
    }

    public Item withStatus(ItemStatus v) {
        return new Item(id, collectionId, tokenId, name, description, image, animationUrl, externalUrl, backgroundColor,
                supply, attributes, properties, v, verdict);
    }

    public Item withVerdict(Verdict v) {
        return new Item(id, collectionId, tokenId, name, description, image, animationUrl, externalUrl, backgroundColor,
                supply, attributes, properties, status, v);
    }

    /** Same metadata content (ignores the cached verdict and row id). */
    public boolean sameContent(Item o) {
        return o != null && tokenId.equals(o.tokenId) && name.equals(o.name) && description.equals(o.description)
                && image.equals(o.image) && animationUrl.equals(o.animationUrl) && externalUrl.equals(o.externalUrl)
                && backgroundColor.equals(o.backgroundColor) && supply == o.supply && attributes.equals(o.attributes)
                && properties.equals(o.properties);
    }
}
