package dev.atelier.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

/**
 * Copies text to the system clipboard. Secrets (a revealed key or mnemonic, a raw signature) are
 * cleared after {@link #SECRET_LIFETIME} unless the user has copied something else since.
 */
public final class ClipboardService {
    public static final Duration SECRET_LIFETIME = Duration.seconds(30);
    private final Duration secretLifetime;

    public ClipboardService() {
        this(SECRET_LIFETIME);
    }

    public ClipboardService(Duration secretLifetime) {
        this.secretLifetime = secretLifetime;
    }

    public void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** Copies and schedules the clipboard to be wiped if it still holds this text. */
    public void copySecret(String text) {
        copy(text);
        PauseTransition wipe = new PauseTransition(secretLifetime);
        wipe.setOnFinished(e -> {
            Clipboard cb = Clipboard.getSystemClipboard();
            if (cb.hasString() && text.equals(cb.getString())) {
                cb.clear();
            }
        });
        wipe.play();
    }
}
