package dev.atelier.ui.preview;

import dev.atelier.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/** The Assets screen: preview, inspection, budgets and content addresses. */
public final class AssetsView extends StackPane {
    public AssetsView(Runnable onStart) {
        getStyleClass().add("screen");
        getChildren().add(new EmptyState("mdi2c-cube-outline", "Look inside any asset",
                "Open or drop an image, audio, video or 3D model (glTF, GLB, OBJ) to preview it, check its budget and compute its IPFS CID.",
                "Open a file", onStart));
    }
}
