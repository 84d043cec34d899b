package dev.atelier.studio;

/** Keep only items with this attribute value (case-insensitive), e.g. Rarity = Epic. */
public record TraitFilter(String traitType, String value) {
}
