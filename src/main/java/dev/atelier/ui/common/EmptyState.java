package dev.atelier.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What a screen shows before it has anything: an icon, one sentence of what the screen is for,
 * and the action that starts it.
 */
public final class EmptyState extends VBox {
    private final Button action;

    public EmptyState(String icon, String title, String sentence, String actionText, Runnable onAction) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setMaxWidth(520);

        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-2", "empty-state-title");
        Label text = new Label(sentence);
        text.setWrapText(true);
        text.getStyleClass().addAll("text-muted", "empty-state-text");
        text.setMaxWidth(480);
        action = new Button(actionText);
        action.getStyleClass().add("accent");
        action.setDefaultButton(false);
        action.setOnAction(e -> onAction.run());
        action.setId("empty-action");
        getChildren().addAll(glyph, heading, text, action);
    }

    public Button action() {
        return action;
    }
}
