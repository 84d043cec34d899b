package dev.atelier.signing;

import java.util.List;

/**
 * One node of typed data as the user reviews it: a field name, its EIP-712 type, and either a
 * value (atomic types, formatted exactly as it is hashed) or children (structs and arrays).
 * {@code raw} holds the parsed value of atomic fields (an Address, a BigInteger, a Boolean, bytes or a String).
 */
public record TypedNode(String name, String type, String value, Object raw, List<TypedNode> children) {
    public TypedNode {
        children = List.copyOf(children);
    }

    public boolean isLeaf() {
        return value != null;
    }

    /** The first direct child with this field name. */
    public java.util.Optional<TypedNode> child(String fieldName) {
        return children.stream().filter(c -> c.name().equals(fieldName)).findFirst();
    }
}
