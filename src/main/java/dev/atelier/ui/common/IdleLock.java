package dev.atelier.ui.common;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Locks the vault after a stretch without user input in the app: every mouse, key, scroll or touch
 * event restarts a JavaFX {@link PauseTransition} (no threads); when it runs out, the action runs.
 * Input counts in every window of the app (the main scene and each dialog, which is a window of its
 * own), so typing in a long form or copying down recovery words does not lock the vault under the
 * user. A timeout of zero turns it off.
 */
public final class IdleLock {
    private final PauseTransition timer = new PauseTransition();
    private final EventHandler<InputEvent> onInput = e -> restart();
    private Duration timeout;

    public IdleLock(Scene scene, Duration timeout, Runnable onIdle) {
        timer.setOnFinished(e -> onIdle.run());
        scene.addEventFilter(InputEvent.ANY, onInput);
        for (Window w : Window.getWindows()) {
            if (w.getScene() != scene) {
                w.addEventFilter(InputEvent.ANY, onInput);
            }
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getRemoved()) {
                    w.removeEventFilter(InputEvent.ANY, onInput);
                }
                for (Window w : change.getAddedSubList()) {
                    if (w.getScene() != scene) {
                        w.addEventFilter(InputEvent.ANY, onInput);
                    }
                }
            }
        });
        setTimeout(timeout);
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
        restart();
    }

    public Duration timeout() {
        return timeout;
    }

    /** Called on every input event; also callable when the vault is unlocked to start counting. */
    public void restart() {
        timer.stop();
        if (timeout != null && timeout.greaterThan(Duration.ZERO)) {
            timer.setDuration(timeout);
            timer.playFromStart();
        }
    }

    static boolean isInput(Event e) {
        return e instanceof InputEvent;
    }
}
