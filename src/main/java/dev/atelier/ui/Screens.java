package dev.atelier.ui;

import dev.atelier.ui.activity.ActivityView;
import dev.atelier.ui.activity.ActivityViewModel;
import dev.atelier.ui.networks.NetworksView;
import dev.atelier.ui.networks.NetworksViewModel;
import dev.atelier.ui.preview.AssetsView;
import dev.atelier.ui.preview.AssetsViewModel;
import dev.atelier.ui.settings.SettingsView;
import dev.atelier.ui.settings.SettingsViewModel;
import dev.atelier.ui.sign.SignView;
import dev.atelier.ui.sign.SignViewModel;
import dev.atelier.ui.sign.VaultAccess;
import dev.atelier.ui.studio.StudioView;
import dev.atelier.ui.wallet.WalletView;
import dev.atelier.ui.wallet.WalletViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;

/** Builds each screen's view with what it needs; the shell asks on first visit. */
final class Screens implements Function<Screen, Node> {
    private final UiServices ui;
    private final SettingsViewModel settings;
    private final Consumer<Screen> help;
    private final ObjectProperty<Path> fileToOpen;

    Screens(UiServices ui, SettingsViewModel settings, Consumer<Screen> help, ObjectProperty<Path> fileToOpen) {
        this.ui = ui;
        this.settings = settings;
        this.help = help;
        this.fileToOpen = fileToOpen;
    }

    @Override
    public Node apply(Screen screen) {
        return switch (screen) {
            case WALLET -> new WalletView(new WalletViewModel(ui.app().vault(), ui.tasks(),
                    e -> ui.dialogs().showFailure("Wallet", e)), ui, () -> help.accept(screen));
            case SIGN -> new SignView(new SignViewModel(ui.app(), VaultAccess.of(ui.app().vault()), ui.tasks(),
                    e -> ui.dialogs().showFailure("Sign", e), javafx.application.Platform::runLater), ui, fileToOpen,
                    () -> help.accept(screen));
            case STUDIO -> new StudioView(ui, () -> help.accept(screen));
            case ASSETS -> new AssetsView(new AssetsViewModel(ui.app().assetInspector(), ui.app().budgetProfiles(), ui.tasks(),
                    e -> ui.dialogs().showFailure("Asset", e)), ui);
            case NETWORKS -> new NetworksView(new NetworksViewModel(ui.app().networks(), ui.app()::vault, ui.app().settings(), ui.tasks(),
                    e -> ui.dialogs().showFailure("Networks", e)), ui);
            case ACTIVITY -> new ActivityView(new ActivityViewModel(ui.app().networks(), ui.app().txQueue(), ui.app()::selectedNetwork,
                    ui.tasks(), e -> ui.dialogs().showFailure("Activity", e)).linkMints(new dev.atelier.studio.mint.MintService(
                    ui.app().studio().store(), ui.app().networks(), ui.app().txQueue())), ui);
            case SETTINGS -> new SettingsView(settings, ui.app().paths(), ui.openLink());
        };
    }
}
