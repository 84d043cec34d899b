package dev.atelier.ui.shell;

import dev.atelier.chain.Network;
import dev.atelier.ui.Screen;
import dev.atelier.vault.VaultState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the window frame: which screen is shown, the vault state and the selected network. */
public final class ShellViewModel {
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>(Screen.WALLET);
    private final ObjectProperty<VaultState> vaultState = new SimpleObjectProperty<>(VaultState.NONE);
    private final ObjectProperty<Network> network = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final ObjectProperty<java.nio.file.Path> fileToOpen = new SimpleObjectProperty<>();
    private Runnable lockAction = () -> { };

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current;
    }

    public Screen current() {
        return current.get();
    }

    public void select(Screen screen) {
        current.set(screen);
    }

    public ObjectProperty<VaultState> vaultStateProperty() {
        return vaultState;
    }

    public ObjectProperty<Network> networkProperty() {
        return network;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /**
     * A file the desktop asked us to open (file association, second launch). The screen that
     * handles it reads it and sets it back to null.
     */
    public ObjectProperty<java.nio.file.Path> fileToOpenProperty() {
        return fileToOpen;
    }

    /** What Ctrl+L and the header's lock button do (the vault supplies it). */
    public void setLockAction(Runnable lockAction) {
        this.lockAction = lockAction;
    }

    public void lock() {
        lockAction.run();
    }
}
