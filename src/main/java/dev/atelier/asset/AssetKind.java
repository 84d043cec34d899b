package dev.atelier.asset;

/** The broad family of an asset, which decides how it is previewed. */
public enum AssetKind {
    IMAGE, AUDIO, VIDEO, MODEL, OTHER
}
