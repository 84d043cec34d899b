package dev.atelier.studio;

import dev.atelier.common.AtelierException;
import java.util.Locale;

/** The token standard a collection is minted with. */
public enum Standard {
    /** EIP-721: one token per id; metadata at {@code tokenURI(id)} = base URI + decimal id. */
    ERC721("erc721", "ERC-721"),
    /** EIP-1155: fungible or semi-fungible ids with a supply; {@code uri(id)} with {@code {id}} substitution. */
    ERC1155("erc1155", "ERC-1155");

    private final String id;
    private final String label;

    Standard(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Standard parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (Standard s : values()) {
            if (s.id.equals(t)) {
                return s;
            }
        }
        throw new AtelierException("Unknown standard '" + text + "'. Use erc721 or erc1155.");
    }

    @Override
    public String toString() {
        return label;
    }
}
