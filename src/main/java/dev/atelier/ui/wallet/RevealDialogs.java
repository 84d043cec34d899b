package dev.atelier.ui.wallet;

import atlantafx.base.theme.Styles;
import dev.atelier.ui.UiServices;
import dev.atelier.vault.Account;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.VaultReveal;
import dev.atelier.vault.VaultState;
import java.util.HexFormat;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Shows a private key or recovery words after the vault passphrase is asked again; the secret hides
 * itself after {@link #REVEAL_SECONDS} or when the vault locks.
 */
final class RevealDialogs {
    /** How long a revealed secret stays on screen. */
    public static final int REVEAL_SECONDS = 30;
    private final WalletViewModel vm;
    private final UiServices ui;

    RevealDialogs(WalletViewModel vm, UiServices ui) {
        this.vm = vm;
        this.ui = ui;
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
}
