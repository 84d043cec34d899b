package dev.atelier.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

/**
 * Copies text to the system clipboard. Secrets (a revealed key or mnemonic, a raw signature) are
 * cleared after {@link #SECRET_LIFETIME}, or sooner when the vault locks or the app exits, unless the
 * user has copied something else since. Call on the FX thread.
 */
public final class ClipboardService {
    public static final Duration SECRET_LIFETIME = Duration.seconds(30);
    private final Duration secretLifetime;
    private String pendingSecret;
    private PauseTransition pendingWipe;

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
        if (pendingWipe != null) {
            pendingWipe.stop();
        }
        pendingSecret = text;
        pendingWipe = new PauseTransition(secretLifetime);
        pendingWipe.setOnFinished(e -> clearSecret());
        pendingWipe.play();
    }

    /**
     * Clears the last secret copied with {@link #copySecret} now, if the clipboard still holds it: when
     * the vault locks, and when the app exits (the timer dies with the app, and on Windows and macOS the
     * clipboard outlives it). Text the user copied since is left alone.
     */
    public void clearSecret() {
        if (pendingWipe != null) {
            pendingWipe.stop();
            pendingWipe = null;
        }
        if (pendingSecret == null) {
            return;
        }
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString() && pendingSecret.equals(cb.getString())) {
            cb.clear();
        }
        pendingSecret = null;
    }
}
