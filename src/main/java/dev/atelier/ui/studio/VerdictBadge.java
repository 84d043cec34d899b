package dev.atelier.ui.studio;

import atlantafx.base.theme.Styles;
import dev.atelier.studio.Verdict;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/** The ready / warnings / errors badge. */
final class VerdictBadge extends Label {
    VerdictBadge() {
        getStyleClass().add("verdict-badge");
    }

    VerdictBadge(Verdict v) {
        this();
        show(v);
    }

    void show(Verdict v) {
        getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
        if (v == null) {
            setText("");
            setGraphic(null);
            return;
        }
        setText(text(v));
        FontIcon icon = new FontIcon(icon(v));
        setGraphic(icon);
        getStyleClass().add(style(v));
    }

    static String text(Verdict v) {
        return switch (v) {
            case READY -> "Ready";
            case WARNINGS -> "Warnings";
            case ERRORS -> "Errors";
        };
    }

    static String icon(Verdict v) {
        return switch (v) {
            case READY -> "mdi2c-check-circle-outline";
            case WARNINGS -> "mdi2a-alert-outline";
            case ERRORS -> "mdi2c-close-circle-outline";
        };
    }

    static String style(Verdict v) {
        return switch (v) {
            case READY -> Styles.SUCCESS;
            case WARNINGS -> Styles.WARNING;
            case ERRORS -> Styles.DANGER;
        };
    }
}
