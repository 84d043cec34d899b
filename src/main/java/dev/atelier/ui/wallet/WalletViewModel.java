package dev.atelier.ui.wallet;

import dev.atelier.app.BackgroundTask;
import dev.atelier.app.TaskRunner;
import dev.atelier.vault.Account;
import dev.atelier.vault.HdWallet;
import dev.atelier.vault.Vault;
import dev.atelier.vault.VaultState;
import dev.atelier.vault.VaultStatus;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Wallet screen: the vault's state, its accounts and wallets, the backup reminder, and
 * whether key-derivation work is running. All vault work goes through the task runner (progress in
 * the status bar); results come back on the FX thread and refresh the lists.
 */
public final class WalletViewModel {
    private final Vault vault;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<VaultState> state = new SimpleObjectProperty<>(VaultState.NONE);
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObservableList<HdWallet> wallets = FXCollections.observableArrayList();
    private final IntegerProperty keysSinceBackup = new SimpleIntegerProperty();
    private final BooleanProperty neverBackedUp = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty busyText = new SimpleStringProperty("");
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();

    public WalletViewModel(Vault vault, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.vault = vault;
        this.tasks = tasks;
        this.onFailure = onFailure;
        refresh();
    }

    public Vault vault() {
        return vault;
    }

    /** Re-reads state, accounts, wallets and the backup reminder (cheap: no key material). */
    public void refresh() {
        state.set(vault.state());
        Account sel = selected.get();
        if (vault.exists()) {
            accounts.setAll(vault.accounts());
            wallets.setAll(vault.wallets());
            VaultStatus s = vault.status();
            keysSinceBackup.set(s.keysSinceBackup());
            neverBackedUp.set(s.lastBackup() == null);
        } else {
            accounts.clear();
            wallets.clear();
            keysSinceBackup.set(0);
        }
        selected.set(sel == null ? null : accounts.stream().filter(a -> a.address().equals(sel.address())).findFirst().orElse(null));
    }

    /** Runs vault work in the background, marks the screen busy, then refreshes and calls back. */
    public <T> void run(String title, BackgroundTask<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        busyText.set(title + "…");
        tasks.submit(title, work, result -> {
            busy.set(false);
            refresh();
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            refresh();
            onFailure.accept(failure);
        });
    }

    public ObjectProperty<VaultState> stateProperty() {
        return state;
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObservableList<HdWallet> wallets() {
        return wallets;
    }

    public IntegerProperty keysSinceBackupProperty() {
        return keysSinceBackup;
    }

    public BooleanProperty neverBackedUpProperty() {
        return neverBackedUp;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty busyTextProperty() {
        return busyText;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    /** The reminder shown above the accounts, or null when the last backup is current. */
    public String backupReminder() {
        int n = keysSinceBackup.get();
        if (n == 0) {
            return null;
        }
        return (n == 1 ? "1 key was" : n + " keys were") + " added since your " + (neverBackedUp.get() ? "vault was created" : "last backup")
                + ". Back up the vault so a lost disk does not lose them.";
    }
}
