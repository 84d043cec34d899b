package dev.atelier.signing;

/** One encoded EIP-712 value: its 32-byte word and its review node. */
record TypedDataEncoded(byte[] word, TypedNode node) {
}
