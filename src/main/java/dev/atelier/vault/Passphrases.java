package dev.atelier.vault;

import dev.atelier.common.AtelierException;

/** The rules a new vault passphrase must meet (the Wallet screen also shows a strength meter). */
public final class Passphrases {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;
    /** The one answer to a wrong passphrase, whatever went wrong inside. */
    public static final String WRONG = "Wrong passphrase. Nothing was changed; check it (and the keyboard layout) and try again.";

    private Passphrases() {
    }

    public static void checkNew(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new AtelierException("The passphrase is empty. Choose one of at least " + MIN_LENGTH + " characters.");
        }
        int codePoints = Character.codePointCount(passphrase, 0, passphrase.length);
        if (codePoints < MIN_LENGTH) {
            throw new AtelierException("The passphrase is too short (" + codePoints + " characters). Use at least " + MIN_LENGTH
                    + "; several unrelated words are easy to remember and hard to guess.");
        }
        if (passphrase.length > MAX_LENGTH) {
            throw new AtelierException("The passphrase is longer than " + MAX_LENGTH + " characters.");
        }
        if (!wellFormed(passphrase)) {
            throw new AtelierException("The passphrase contains a broken character (half of a surrogate pair) that cannot be "
                    + "encoded as UTF-8. Type it again.");
        }
    }

    /** True when every UTF-16 surrogate is half of a pair, i.e. the text has a UTF-8 encoding. */
    static boolean wellFormed(char[] text) {
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (Character.isHighSurrogate(c) && i + 1 < text.length && Character.isLowSurrogate(text[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static AtelierException wrong() {
        return new AtelierException(WRONG);
    }
}
