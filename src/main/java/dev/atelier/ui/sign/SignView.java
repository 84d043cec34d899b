package dev.atelier.ui.sign;

import dev.atelier.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/** The Sign screen: review and approve signing requests. */
public final class SignView extends StackPane {
    public SignView(Runnable onStart) {
        getStyleClass().add("screen");
        getChildren().add(new EmptyState("mdi2f-file-sign", "Sign offline, see what you sign",
                "Open a signing request file or QR image to review the decoded transaction, message or typed data before you approve it.",
                "Open a signing request", onStart));
    }
}
