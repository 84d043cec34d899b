package dev.atelier.ui.wallet;

import atlantafx.base.theme.Styles;
import dev.atelier.ui.UiServices;
import dev.atelier.vault.HdWallet;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.VaultKeys;
import dev.atelier.vault.hd.Bip39;
import dev.atelier.vault.hd.DerivationPath;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;

/** New, restored and derived HD wallets: the words are shown once, three are confirmed, then wiped. */
final class HdWalletDialogs {
    private final WalletViewModel vm;
    private final UiServices ui;

    HdWalletDialogs(WalletViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
    }

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
}
