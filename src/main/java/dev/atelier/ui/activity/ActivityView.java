package dev.atelier.ui.activity;

import dev.atelier.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/** The Activity screen: balances, the transaction queue and receipts. */
public final class ActivityView extends StackPane {
    public ActivityView(Runnable onStart) {
        getStyleClass().add("screen");
        getChildren().add(new EmptyState("mdi2h-history", "Every transaction, tracked",
                "Transactions you sign and send appear here with their confirmations; queued ones survive restarts and are never sent twice.",
                "Learn how sending works", onStart));
    }
}
