package dev.atelier.ui.wallet;

import atlantafx.base.theme.Styles;
import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import dev.atelier.ui.UiServices;
import dev.atelier.vault.Account;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.keyfile.KeystoreCrypto;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** What the account detail pane does to one account: copy its address, rename it, export a keystore file. */
final class AccountActions {
    private final WalletViewModel vm;
    private final UiServices ui;

    AccountActions(WalletViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
    }

    void copyAddress(Account a) {
        ui.clipboard().copy(a.address().toChecksumHex());
        ui.dialogs().notify("Address copied.");
    }

    void rename(Account a, String label) {
        vm.run("Renaming", progress -> {
            vm.vault().keys().setLabel(a.address(), label);
            return label;
        }, l -> { });
    }

    void exportKeystore(Account a) {
        TextField path = Forms.text("export-path", "Keystore file to write");
        path.setText(Path.of(System.getProperty("user.home"), "keystore-" + a.address().toLowerHex().substring(2, 10) + ".json").toString());
        PasswordField p1 = Forms.secret("export-password", "Password for the file");
        PasswordField p2 = Forms.secret("export-password-again", "Again");
        Dialog<ButtonType> d = Forms.dialog("export-dialog", "Export a keystore file", "Export",
                Forms.column(Forms.grid("File", Forms.withBrowse(ui, path, true), "Password", p1, "Repeat", p2),
                        Forms.note("Web3 Secret Storage v3 with scrypt (n=2^18, r=8, p=1): geth, cast, ethers and MetaMask read it. "
                                + "Anyone with the file and its password has the key.", Styles.TEXT_MUTED)),
                path.textProperty().isEmpty().or(p1.textProperty().isEmpty()).or(p1.textProperty().isNotEqualTo(p2.textProperty())));
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            p1.clear();
            p2.clear();
            return;
        }
        Path out = Path.of(path.getText().strip());
        char[] pw = Forms.take(p1);
        p2.clear();
        vm.run("Exporting the keystore", progress -> {
            try {
                if (Files.exists(out)) {
                    throw new AtelierException(out + " already exists. Choose another file name.");
                }
                byte[] json = vm.vault().keystores().exportKeystore(a.address(), pw, KeystoreCrypto.DEFAULT_EXPORT, progress);
                PrivateFiles.writeAtomically(out, json);
                return out;
            } finally {
                Secrets.wipe(pw);
            }
        }, f -> ui.dialogs().notifySuccess("Wrote " + f.getFileName() + "."));
    }
}
