package dev.atelier.ui.wallet;

import atlantafx.base.theme.Styles;
import dev.atelier.ui.UiServices;
import dev.atelier.vault.Passphrases;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.VaultDamage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The Wallet screen's vault dialogs: create, change passphrase, back up, restore, damaged entries. */
final class VaultDialogs {
    private final WalletViewModel vm;
    private final UiServices ui;

    VaultDialogs(WalletViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
    }

    void createVault() {
        PasswordField p1 = Forms.secret("new-passphrase", "At least " + Passphrases.MIN_LENGTH + " characters; several words work well");
        PasswordField p2 = Forms.secret("new-passphrase-again", "The same passphrase again");
        VBox meter = Forms.strengthMeter(p1);
        Label warning = Forms.note("There is no way to recover a lost passphrase: without it, nobody — not even Atelier — can "
                + "open this vault. Write it down and keep it somewhere safe.", Styles.WARNING);
        warning.setId("passphrase-warning");
        BooleanBinding invalid = p1.textProperty().length().lessThan(Passphrases.MIN_LENGTH).or(p1.textProperty().isNotEqualTo(p2.textProperty()));
        Dialog<ButtonType> d = Forms.dialog("create-vault-dialog", "Create the vault", "Create vault",
                Forms.column(Forms.grid("Passphrase", p1, "Repeat", p2), meter, warning), invalid);
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            p1.clear();
            p2.clear();
            return;
        }
        char[] pass = Forms.take(p1);
        p2.clear();
        vm.run("Creating the vault", progress -> {
            try {
                return vm.vault().create(pass, progress);
            } finally {
                Secrets.wipe(pass);
            }
        }, params -> ui.dialogs().notifySuccess("Vault created (" + params.describe() + "). Next: create or restore an HD wallet."));
    }

    void changePassphrase() {
        PasswordField current = Forms.secret("current-passphrase", "Current passphrase");
        PasswordField p1 = Forms.secret("new-passphrase", "New passphrase");
        PasswordField p2 = Forms.secret("new-passphrase-again", "New passphrase again");
        BooleanBinding invalid = current.textProperty().isEmpty().or(p1.textProperty().length().lessThan(Passphrases.MIN_LENGTH))
                .or(p1.textProperty().isNotEqualTo(p2.textProperty()));
        Dialog<ButtonType> d = Forms.dialog("change-passphrase-dialog", "Change the vault passphrase", "Change",
                Forms.column(Forms.grid("Current", current, "New", p1, "Repeat", p2), Forms.strengthMeter(p1),
                        Forms.note("Only the wrapped master key changes. Older backups still open with the old passphrase.", Styles.TEXT_MUTED)),
                invalid);
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            current.clear();
            p1.clear();
            p2.clear();
            return;
        }
        char[] old = Forms.take(current);
        char[] next = Forms.take(p1);
        p2.clear();
        vm.run("Changing the passphrase", progress -> {
            try {
                return vm.vault().changePassphrase(old, next, progress);
            } finally {
                Secrets.wipe(old, next);
            }
        }, params -> ui.dialogs().notifySuccess("Passphrase changed (" + params.describe() + ")."));
    }

    void backup() {
        TextField path = Forms.text("backup-path", "Backup file");
        path.setText(Path.of(System.getProperty("user.home"), "atelier-vault-" + LocalDate.now() + ".backup").toString());
        Dialog<ButtonType> d = Forms.dialog("backup-dialog", "Back up the vault", "Back up",
                Forms.column(Forms.grid("File", Forms.withBrowse(ui, path, true)),
                        Forms.note("The copy stays encrypted under your passphrase. It is checked by decrypting every key before "
                                + "Atelier reports success. Keep it on another disk.", Styles.TEXT_MUTED)),
                path.textProperty().isEmpty());
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            return;
        }
        Path out = Path.of(path.getText().strip());
        vm.run("Backing up the vault", progress -> vm.vault().backup(out, progress),
                r -> ui.dialogs().notifySuccess("Backed up " + r.accounts() + " accounts to " + r.file().getFileName() + " (verified)."));
    }

    void restoreBackup() {
        TextField path = Forms.text("restore-path", "Backup file");
        PasswordField pass = Forms.secret("restore-passphrase", "The backup's passphrase");
        CheckBox force = new CheckBox("Replace the current vault (it is kept beside the restored one)");
        force.setId("restore-force");
        boolean exists = vm.vault().exists();
        force.setVisible(exists);
        BooleanBinding invalid = path.textProperty().isEmpty().or(pass.textProperty().isEmpty());
        if (exists) {
            invalid = invalid.or(force.selectedProperty().not());
        }
        Dialog<ButtonType> d = Forms.dialog("restore-dialog", "Restore a backup", "Restore",
                Forms.column(Forms.grid("File", Forms.withBrowse(ui, path, false), "Passphrase", pass), force,
                        Forms.note("The backup is checked with its passphrase before anything is replaced.", Styles.TEXT_MUTED)), invalid);
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            pass.clear();
            return;
        }
        Path file = Path.of(path.getText().strip());
        char[] p = Forms.take(pass);
        boolean replace = force.isSelected();
        vm.run("Restoring the backup", progress -> {
            try {
                return vm.vault().restore(file, p, replace, progress);
            } finally {
                Secrets.wipe(p);
            }
        }, r -> ui.dialogs().notifySuccess("Restored " + r.accounts() + " accounts. Unlock the vault to use them."));
    }


    void showDamage(List<VaultDamage> damage) {
        ui.dialogs().error("Some vault entries are damaged", "These entries fail authentication and cannot be used; everything "
                + "else works. Restore vault.db from a backup to recover them.\n\n"
                + damage.stream().map(VaultDamage::describe).collect(Collectors.joining("\n")));
    }
}
