package dev.atelier.ui.wallet;

import dev.atelier.ui.common.EmptyState;
import javafx.scene.layout.StackPane;

/** The Wallet screen: the encrypted vault and its accounts. */
public final class WalletView extends StackPane {
    public WalletView(Runnable onStart) {
        getStyleClass().add("screen");
        getChildren().add(new EmptyState("mdi2w-wallet-outline", "Your keys, on this machine",
                "Create an encrypted vault to hold HD wallets, imported keys and watch-only accounts; nothing leaves this computer.",
                "Create a vault", onStart));
    }
}
