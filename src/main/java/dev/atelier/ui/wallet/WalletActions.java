package dev.atelier.ui.wallet;

import atlantafx.base.theme.Styles;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.ui.UiServices;
import dev.atelier.vault.Account;
import dev.atelier.vault.HdWallet;
import dev.atelier.vault.Passphrases;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.PrivateKeyHex;
import dev.atelier.vault.VaultDamage;
import dev.atelier.vault.VaultKeys;
import dev.atelier.vault.VaultReveal;
import dev.atelier.vault.VaultState;
import dev.atelier.vault.hd.Bip39;
import dev.atelier.vault.hd.DerivationPath;
import dev.atelier.vault.keyfile.KeystoreCrypto;
import dev.atelier.common.PrivateFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/** The Wallet screen's dialogs and what happens when they are confirmed; vault work runs through the view model's tasks. */
public final class WalletActions {
    /** How long a revealed secret stays on screen. */
    public static final int REVEAL_SECONDS = 30;
    private final WalletViewModel vm;
    private final UiServices ui;

    WalletActions(WalletViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
    }

    // ---- vault ------------------------------------------------------------------------------

    void createVault() {
        PasswordField p1 = Forms.secret("new-passphrase", "At least " + Passphrases.MIN_LENGTH + " characters; several words work well");
        PasswordField p2 = Forms.secret("new-passphrase-again", "The same passphrase again");
        VBox meter = strengthMeter(p1);
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
                Forms.column(Forms.grid("Current", current, "New", p1, "Repeat", p2), strengthMeter(p1),
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
                Forms.column(Forms.grid("File", withBrowse(path, true)),
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
                Forms.column(Forms.grid("File", withBrowse(path, false), "Passphrase", pass), force,
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

    // ---- HD wallets -------------------------------------------------------------------------

    void newWallet() {
        ChoiceBox<Integer> words = new ChoiceBox<>(FXCollections.observableArrayList(12, 24));
        words.setId("wallet-word-count");
        words.setValue(12);
        TextField label = Forms.text("wallet-label", "e.g. Studio treasury");
        Dialog<ButtonType> d = Forms.dialog("new-wallet-dialog", "New HD wallet", "Show the words",
                Forms.column(Forms.grid("Words", words, "Label", label),
                        Forms.note("The words are made from this computer's secure random generator and shown once. "
                                + "Anyone who sees them can take everything in the wallet.", Styles.TEXT_MUTED)), null);
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            return;
        }
        char[] mnemonic = Bip39.generate(words.getValue(), new SecureRandom());
        try {
            if (!showWords(mnemonic) || !confirmThreeWords(mnemonic)) {
                Secrets.wipe(mnemonic);
                return;
            }
        } catch (RuntimeException e) {
            Secrets.wipe(mnemonic);
            throw e;
        }
        String l = label.getText();
        vm.run("Creating the HD wallet", progress -> {
            try {
                return vm.vault().keys().addWallet(mnemonic, new char[0], l, 1);
            } finally {
                Secrets.wipe(mnemonic);
            }
        }, w -> ui.dialogs().notifySuccess("HD wallet created; account " + w.accounts().get(0).address().toChecksumHex() + " is ready."));
    }

    private boolean showWords(char[] mnemonic) {
        String[] words = new String(mnemonic).split(" ");
        // Four columns, read across: 1 2 3 4 / 5 6 7 8 ... as on most recovery-sheet templates.
        javafx.scene.layout.GridPane shown = new javafx.scene.layout.GridPane();
        shown.setHgap(10);
        shown.setVgap(6);
        for (int i = 0; i < words.length; i++) {
            Label n = new Label((i + 1) + ".");
            n.getStyleClass().add("mnemonic-index");
            n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label w = new Label(words[i]);
            w.getStyleClass().add("mnemonic-word");
            w.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            w.setId("mnemonic-word-" + i);
            shown.add(n, (i % 4) * 2, i / 4);
            shown.add(w, (i % 4) * 2 + 1, i / 4);
            javafx.scene.layout.GridPane.setHalignment(n, javafx.geometry.HPos.RIGHT);
        }
        for (int c = 0; c < 8; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setHgrow(c % 2 == 1 ? Priority.ALWAYS : Priority.NEVER);
            shown.getColumnConstraints().add(cc);
        }
        shown.setId("mnemonic-words");
        shown.getStyleClass().add("mnemonic-grid");
        Dialog<ButtonType> d = Forms.dialog("show-words-dialog", "Write these words down", "I wrote them down",
                Forms.column(Forms.note("Write the words on paper, in order. They are the only way to recover this wallet if the "
                        + "vault is lost, and they are not shown again. Next you confirm three of them.", Styles.WARNING), shown), null);
        return ui.dialogs().show(d).orElse(ButtonType.CANCEL) == Forms.OK;
    }

    private boolean confirmThreeWords(char[] mnemonic) {
        String[] words = new String(mnemonic).split(" ");
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            positions.add(i);
        }
        Collections.shuffle(positions, new SecureRandom());
        List<Integer> ask = positions.subList(0, 3).stream().sorted().toList();
        List<TextField> fields = new ArrayList<>();
        Object[] grid = new Object[6];
        for (int i = 0; i < 3; i++) {
            TextField f = Forms.text("confirm-word-" + i, "word " + (ask.get(i) + 1));
            f.setUserData(ask.get(i));
            fields.add(f);
            grid[2 * i] = "Word " + (ask.get(i) + 1);
            grid[2 * i + 1] = f;
        }
        BooleanBinding invalid = Bindings.createBooleanBinding(() -> fields.stream().anyMatch(f -> f.getText().isBlank()),
                fields.get(0).textProperty(), fields.get(1).textProperty(), fields.get(2).textProperty());
        Dialog<ButtonType> d = Forms.dialog("confirm-words-dialog", "Confirm three words", "Create wallet",
                Forms.column(Forms.note("Type these words from your paper copy.", Styles.TEXT_MUTED), Forms.grid(grid)), invalid);
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            return false;
        }
        boolean ok = fields.stream().allMatch(f -> f.getText().strip().equalsIgnoreCase(words[(Integer) f.getUserData()]));
        if (!ok) {
            ui.dialogs().error("The words do not match", "At least one word differs from the ones shown, so the wallet was not "
                    + "created. Start again and copy the words carefully.");
        }
        return ok;
    }

    void restoreWallet() {
        TextArea words = new TextArea();
        words.setId("restore-words");
        words.setPromptText("12 or 24 words, separated by spaces");
        words.setWrapText(true);
        words.setPrefRowCount(3);
        PasswordField bip39 = Forms.secret("restore-bip39-passphrase", "Optional (the \"25th word\")");
        Spinner<Integer> count = new Spinner<>(1, VaultKeys.MAX_DERIVE, 1);
        count.setId("restore-count");
        TextField label = Forms.text("restore-label", "Label");
        Dialog<ButtonType> d = Forms.dialog("restore-wallet-dialog", "Restore an HD wallet", "Restore",
                Forms.column(Forms.grid("Words", words, "BIP-39 passphrase", bip39, "Accounts", count, "Label", label),
                        Forms.note("Accounts follow m/44'/60'/0'/0/i, as in MetaMask, so the same words give the same addresses.",
                                Styles.TEXT_MUTED)), words.textProperty().isEmpty());
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            words.clear();
            bip39.clear();
            return;
        }
        char[] m = words.getText().toCharArray();
        words.clear();
        char[] p = Forms.take(bip39);
        int n = count.getValue();
        String l = label.getText();
        vm.run("Restoring the HD wallet", progress -> {
            try {
                return vm.vault().keys().addWallet(m, p, l, n);
            } finally {
                Secrets.wipe(m, p);
            }
        }, w -> ui.dialogs().notifySuccess("Restored " + w.accounts().size() + " accounts, first "
                + w.accounts().get(0).address().toChecksumHex() + "."));
    }

    void derive() {
        ComboBox<HdWallet> wallet = new ComboBox<>(vm.wallets());
        wallet.setId("derive-wallet");
        wallet.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(HdWallet w) {
                return w == null ? "" : w.label() + " (" + w.accountCount() + " accounts)";
            }

            @Override
            public HdWallet fromString(String s) {
                return null;
            }
        });
        wallet.getSelectionModel().selectFirst();
        Spinner<Integer> count = new Spinner<>(1, VaultKeys.MAX_DERIVE, 1);
        count.setId("derive-count");
        count.setEditable(true);
        TextField path = Forms.text("derive-path", "Optional custom path, e.g. m/44'/60'/1'/0/0");
        Dialog<ButtonType> d = Forms.dialog("derive-dialog", "Derive accounts", "Derive",
                Forms.column(Forms.grid("Wallet", wallet, "Next accounts", count, "Custom path", path),
                        Forms.note("Without a custom path the next accounts along m/44'/60'/0'/0/i are added.", Styles.TEXT_MUTED)),
                wallet.valueProperty().isNull());
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            return;
        }
        long id = wallet.getValue().id();
        String custom = path.getText().strip();
        int n = count.getValue();
        vm.run("Deriving accounts", progress -> custom.isEmpty() ? vm.vault().keys().derive(id, n)
                        : List.of(vm.vault().keys().deriveAt(id, DerivationPath.parse(custom), null)),
                list -> ui.dialogs().notifySuccess("Added " + list.stream().map(a -> a.address().toChecksumHex())
                        .collect(Collectors.joining(", ")) + "."));
    }

    // ---- imports ----------------------------------------------------------------------------

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
                Forms.column(Forms.grid("File", withBrowse(path, false), "Password", pass, "Label", label),
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

    // ---- one account ------------------------------------------------------------------------

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
                Forms.column(Forms.grid("File", withBrowse(path, true), "Password", p1, "Repeat", p2),
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

    void revealKey(Account a) {
        askPassphraseThen("Reveal the private key of " + a.label(), pass -> vm.run("Checking the passphrase",
                progress -> {
                    try {
                        byte[] k = vm.vault().reveal().revealPrivateKey(a.address(), pass, progress);
                        String hex = "0x" + HexFormat.of().formatHex(k);
                        Secrets.wipe(k);
                        return hex;
                    } finally {
                        Secrets.wipe(pass);
                    }
                }, hex -> showSecret("Private key of " + a.address().toChecksumHex(), hex, null)));
    }

    void revealWords(Account a) {
        long walletId = vm.vault().keys().walletOf(a.address()).orElseThrow();
        askPassphraseThen("Reveal the recovery words", pass -> vm.run("Checking the passphrase",
                progress -> {
                    VaultReveal.Recovery r = vm.vault().reveal().revealMnemonic(walletId, pass, progress);
                    try {
                        return new Revealed(new String(r.mnemonic()), r.bip39Passphrase().length > 0);
                    } finally {
                        r.wipe();
                        Secrets.wipe(pass);
                    }
                }, words -> showSecret("Recovery words", words.text(), words.withPassphrase()
                        ? "This wallet also has a BIP-39 passphrase (the \"25th word\"): the words alone do not restore it."
                        : null)));
    }

    private void askPassphraseThen(String title, java.util.function.Consumer<char[]> then) {
        PasswordField pass = Forms.secret("reveal-passphrase", "Vault passphrase");
        Dialog<ButtonType> d = Forms.dialog("reveal-ask-dialog", title, "Reveal",
                Forms.column(Forms.note("Make sure nobody can see your screen. The secret hides itself after " + REVEAL_SECONDS
                        + " seconds; a copy is wiped from the clipboard after 30 seconds.", Styles.WARNING), pass),
                pass.textProperty().isEmpty());
        if (ui.dialogs().show(d).orElse(ButtonType.CANCEL) != Forms.OK) {
            pass.clear();
            return;
        }
        then.accept(Forms.take(pass));
    }

    private record Revealed(String text, boolean withPassphrase) {
    }

    /**
     * Shows a secret with a countdown; closes itself at zero or when the vault locks. Copy puts exactly
     * the secret (never the note) through the wiping clipboard.
     */
    private void showSecret(String title, String secret, String note) {
        TextArea text = new TextArea(secret);
        text.setId("revealed-secret");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.getStyleClass().add("monospace");
        Label countdown = new Label();
        countdown.setId("reveal-countdown");
        Button copy = new Button("Copy (wiped in 30 s)");
        copy.setId("reveal-copy");
        copy.setOnAction(e -> {
            ui.clipboard().copySecret(secret);
            ui.dialogs().notifyWarning("Copied. The clipboard is cleared in 30 seconds.");
        });
        HBox row = new HBox(12, copy, countdown);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setId("reveal-dialog");
        VBox body = new VBox(12, text);
        if (note != null) {
            Label n = Forms.note(note, Styles.WARNING);
            n.setId("reveal-note");
            body.getChildren().add(n);
        }
        body.getChildren().add(row);
        d.getDialogPane().setContent(body);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        d.getDialogPane().setPrefWidth(600);
        if (ui.dialogs().owner() != null) {
            d.initOwner(ui.dialogs().owner());
        }
        int[] left = {REVEAL_SECONDS};
        countdown.setText("Hides in " + left[0] + " s");
        Timeline t = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            left[0]--;
            countdown.setText("Hides in " + left[0] + " s");
            if (left[0] <= 0) {
                text.clear();
                d.close();
            }
        }));
        t.setCycleCount(REVEAL_SECONDS);
        // Locking (Ctrl+L, the header, the idle timer) hides the secret at once too.
        javafx.beans.value.ChangeListener<VaultState> onLock = (o, was, now) -> {
            if (now != VaultState.UNLOCKED) {
                text.clear();
                d.close();
            }
        };
        vm.stateProperty().addListener(onLock);
        d.setOnHidden(e -> {
            t.stop();
            text.clear();
            vm.stateProperty().removeListener(onLock);
        });
        t.play();
        d.show();
    }

    void showDamage(List<VaultDamage> damage) {
        ui.dialogs().error("Some vault entries are damaged", "These entries fail authentication and cannot be used; everything "
                + "else works. Restore vault.db from a backup to recover them.\n\n"
                + damage.stream().map(VaultDamage::describe).collect(Collectors.joining("\n")));
    }

    // ---- helpers ----------------------------------------------------------------------------

    private HBox withBrowse(TextField path, boolean save) {
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            File current = new File(path.getText());
            if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
                fc.setInitialDirectory(current.getParentFile());
                fc.setInitialFileName(current.getName());
            }
            File f = save ? fc.showSaveDialog(ui.dialogs().owner()) : fc.showOpenDialog(ui.dialogs().owner());
            if (f != null) {
                path.setText(f.getAbsolutePath());
            }
        });
        HBox h = new HBox(8, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);
        return h;
    }

    private static VBox strengthMeter(PasswordField field) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("strength-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label();
        label.setId("strength-label");
        label.getStyleClass().add(Styles.TEXT_SMALL);
        field.textProperty().addListener((o, a, b) -> {
            PassphraseStrength.Rating r = PassphraseStrength.rate(b);
            bar.setProgress(b.isEmpty() ? 0 : (r.score() + 1) / 5.0);
            bar.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
            bar.getStyleClass().add(r.score() <= 1 ? Styles.DANGER : r.score() == 2 ? Styles.WARNING : Styles.SUCCESS);
            label.setText(b.isEmpty() ? "" : r.label() + (r.hint().isEmpty() ? "" : " — " + r.hint()));
        });
        return new VBox(4, bar, label);
    }
}
