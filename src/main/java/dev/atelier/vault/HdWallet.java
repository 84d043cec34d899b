package dev.atelier.vault;

/** An HD wallet as the UI and CLI see it: no words, only its id, label and how far it was derived. */
public record HdWallet(long id, String label, int wordCount, int nextIndex, int accountCount) {
}
