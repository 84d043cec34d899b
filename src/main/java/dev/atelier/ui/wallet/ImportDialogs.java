package dev.atelier.ui.wallet;

import atlantafx.base.theme.Styles;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.ui.UiServices;
import dev.atelier.vault.PrivateKeyHex;
import dev.atelier.vault.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Adding accounts from outside: a private key, a v3 keystore file, a watch-only address. */
final class ImportDialogs {
    private final WalletViewModel vm;
    private final UiServices ui;

    ImportDialogs(WalletViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
    }

    void importKey() {
        PasswordField key = Forms.secret("import-key-field", "64 hex digits, 0x optional");
        TextField label = Forms.text("import-label", "Label");
        Dialog<ButtonType> d = Forms.dialog("import-key-dialog", "Import a private key", "Import",
                Forms.column(Forms.grid("Private key", key, "Label", label)), key.textProperty().isEmpty());
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            key.clear();
            return;
        }
        char[] hex = Forms.take(key);
        String l = label.getText();
        vm.run("Importing the key", progress -> {
            byte[] k = null;
            try {
                k = PrivateKeyHex.parse(hex);
                return vm.vault().keys().importPrivateKey(k, l);
            } finally {
                Secrets.wipe(k);
                Secrets.wipe(hex);
            }
        }, a -> ui.dialogs().notifySuccess("Imported " + a.address().toChecksumHex() + "."));
    }

    void importKeystore() {
        TextField path = Forms.text("keystore-path", "Keystore JSON file");
        PasswordField pass = Forms.secret("keystore-password", "The keystore's password");
        TextField label = Forms.text("keystore-label", "Label");
        Dialog<ButtonType> d = Forms.dialog("import-keystore-dialog", "Import a keystore file", "Import",
                Forms.column(Forms.grid("File", Forms.withBrowse(ui, path, false), "Password", pass, "Label", label),
                        Forms.note("Web3 Secret Storage v3 files from geth, MetaMask, MyEtherWallet, cast or ethers.", Styles.TEXT_MUTED)),
                path.textProperty().isEmpty().or(pass.textProperty().isEmpty()));
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            pass.clear();
            return;
        }
        Path file = Path.of(path.getText().strip());
        char[] p = Forms.take(pass);
        String l = label.getText();
        vm.run("Importing the keystore", progress -> {
            try {
                if (!Files.isRegularFile(file) || Files.size(file) > dev.atelier.vault.keyfile.KeystoreParser.MAX_FILE_BYTES) {
                    throw new AtelierException("No keystore file of a sensible size at " + file + ".");
                }
                return vm.vault().keystores().importKeystore(Files.readAllBytes(file), p, l, progress);
            } finally {
                Secrets.wipe(p);
            }
        }, a -> ui.dialogs().notifySuccess("Imported " + a.address().toChecksumHex() + "."));
    }

    void watch() {
        TextField address = Forms.text("watch-address", "0x…");
        TextField label = Forms.text("watch-label", "Label");
        Dialog<ButtonType> d = Forms.dialog("watch-dialog", "Watch an address", "Add",
                Forms.column(Forms.grid("Address", address, "Label", label),
                        Forms.note("A watch-only account has no key: it can be selected and followed, not used to sign.", Styles.TEXT_MUTED)),
                address.textProperty().isEmpty());
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            return;
        }
        String text = address.getText();
        String l = label.getText();
        vm.run("Adding the address", progress -> vm.vault().keys().watch(Address.parse(text), l),
                a -> ui.dialogs().notifySuccess("Watching " + a.address().toChecksumHex() + "."));
    }
}
