package dev.atelier.ui.common;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.atelier.common.AtelierException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that shows dialogs and notifications. Failures get a message the user can act on;
 * the technical detail of an unexpected failure is logged here, once.
 */
public final class Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);
    private static final Duration TOAST_TIME = Duration.seconds(4);
    private static final Duration ACTION_TIME = Duration.seconds(45);

    private final VBox toastLayer;
    private final Path logFile;
    private Window owner;
    private boolean failureShowing;

    /** @param toastLayer a layer over the window where notifications stack (top-right). */
    public Dialogs(VBox toastLayer, Path logFile) {
        this.toastLayer = toastLayer;
        this.logFile = logFile;
        toastLayer.setAlignment(Pos.TOP_RIGHT);
        toastLayer.setSpacing(8);
        toastLayer.setPickOnBounds(false);
        toastLayer.setMouseTransparent(false);
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public Window owner() {
        return owner;
    }

    /** A short notification that fades after a few seconds (e.g. "Address copied"). */
    public void notify(String text) {
        notify(text, "mdi2i-information-outline", Styles.ACCENT);
    }

    public void notifySuccess(String text) {
        notify(text, "mdi2c-check-circle-outline", Styles.SUCCESS);
    }

    public void notifyWarning(String text) {
        notify(text, "mdi2a-alert-outline", Styles.WARNING);
    }

    private void notify(String text, String icon, String style) {
        Notification n = new Notification(text, new FontIcon(icon));
        n.getStyleClass().addAll(Styles.ELEVATED_1, style);
        n.setPrefWidth(380);
        n.setMaxWidth(380);
        n.setMaxHeight(80);
        n.setOnClose(e -> toastLayer.getChildren().remove(n));
        toastLayer.getChildren().add(n);
        PauseTransition t = new PauseTransition(TOAST_TIME);
        t.setOnFinished(e -> toastLayer.getChildren().remove(n));
        t.play();
    }

    /**
     * A notification that stays (45 s) until it is closed or its action is taken (something the user
     * should act on, e.g. an interrupted mint at start). Non-modal: the app stays usable.
     */
    public Notification notifyAction(String text, String actionLabel, Runnable action) {
        Notification n = new Notification(text, new FontIcon("mdi2a-alert-outline"));
        n.getStyleClass().addAll(Styles.ELEVATED_1, Styles.WARNING);
        n.setPrefWidth(420);
        n.setMaxWidth(420);
        javafx.scene.control.Button act = new javafx.scene.control.Button(actionLabel);
        act.setId("notification-action");
        act.setOnAction(e -> {
            toastLayer.getChildren().remove(n);
            action.run();
        });
        n.setPrimaryActions(act);
        n.setOnClose(e -> toastLayer.getChildren().remove(n));
        toastLayer.getChildren().add(n);
        // long enough to read and act; it sits over the screens' toolbars, so it does not stay for good
        PauseTransition t = new PauseTransition(ACTION_TIME);
        t.setOnFinished(e -> toastLayer.getChildren().remove(n));
        t.play();
        return n;
    }

    /** Removes a notification (no-op when it is gone already). */
    public void dismiss(Notification n) {
        toastLayer.getChildren().remove(n);
    }

    public void info(String title, String text) {
        alert(Alert.AlertType.INFORMATION, title, text).showAndWait();
    }

    public void error(String title, String text) {
        alert(Alert.AlertType.ERROR, title, text).showAndWait();
    }

    /** Asks a yes/no question; true when the user confirmed. */
    public boolean confirm(String title, String text, String confirmLabel) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, text);
        ButtonType ok = new ButtonType(confirmLabel, ButtonType.OK.getButtonData());
        a.getButtonTypes().setAll(ButtonType.CANCEL, ok);
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }

    /** Shows any dialog owned by the main window and waits for its result. */
    public <R> Optional<R> show(Dialog<R> dialog) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }

    /**
     * Reports a failure: an expected one ({@link AtelierException}) with its own message, anything
     * else with a plain apology and the log file's location. Logs the detail once.
     */
    public void showFailure(String title, Throwable failure) {
        Throwable t = unwrap(failure);
        String text;
        if (t instanceof AtelierException ae) {
            LOG.warn("{}: {}", title, ae.userMessage(), ae.getCause());
            text = ae.userMessage();
        } else {
            LOG.error("{}: unexpected failure", title, t);
            text = "Something unexpected went wrong. Your data is safe; the details are in " + logFile + ".";
        }
        if (failureShowing) {
            notifyWarning(text);
            return;
        }
        failureShowing = true;
        try {
            error(title, text);
        } finally {
            failureShowing = false;
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while (!(cur instanceof AtelierException) && cur.getCause() != null && cur.getCause() != cur) {
            if (cur.getCause() instanceof AtelierException) {
                return cur.getCause();
            }
            if (!(cur instanceof java.util.concurrent.ExecutionException || cur instanceof java.lang.reflect.InvocationTargetException
                    || cur instanceof java.util.concurrent.CompletionException)) {
                break;
            }
            cur = cur.getCause();
        }
        return cur;
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(text);
        a.getDialogPane().setMinWidth(460);
        return a;
    }
}
