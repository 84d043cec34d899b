package dev.atelier.ui.studio;

import dev.atelier.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/** The Studio screen: collections, items, metadata, validation, packaging and minting. */
public final class StudioView extends StackPane {
    public StudioView(Runnable onStart) {
        getStyleClass().add("screen");
        getChildren().add(new EmptyState("mdi2p-palette-outline", "Your collections and game items",
                "Create a collection, or open the demo creator kit, to catalog items, edit their metadata and get them ready to mint.",
                "New collection", onStart));
    }
}
