package dev.atelier.ui.wallet;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

/** Passphrase strength as zxcvbn (Dropbox's estimator) rates it: a score 0–4 and the main suggestion. */
final class PassphraseStrength {
    private static final Zxcvbn ZXCVBN = new Zxcvbn();
    private static final String[] WORDS = {"Very weak", "Weak", "Fair", "Strong", "Very strong"};

    record Rating(int score, String label, String hint) {
    }

    private PassphraseStrength() {
    }

    static Rating rate(CharSequence passphrase) {
        if (passphrase.length() == 0) {
            return new Rating(0, "", "");
        }
        Strength s = ZXCVBN.measure(passphrase);
        String hint = s.getFeedback().getWarning();
        if (hint == null || hint.isBlank()) {
            hint = s.getFeedback().getSuggestions().isEmpty() ? "" : s.getFeedback().getSuggestions().get(0);
        }
        s.wipe();
        return new Rating(s.getScore(), WORDS[s.getScore()], hint);
    }
}
