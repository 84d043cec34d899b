package dev.atelier.ui.networks;

import dev.atelier.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/** The Networks screen: presets, custom RPCs and the local sandbox chain. */
public final class NetworksView extends StackPane {
    public NetworksView(Runnable onStart) {
        getStyleClass().add("screen");
        getChildren().add(new EmptyState("mdi2l-lan-connect", "Choose where your tokens live",
                "Pick a network — Ethereum, Polygon, Avalanche, Base, their testnets — or start a local sandbox chain to test items in seconds.",
                "Start the local sandbox", onStart));
    }
}
