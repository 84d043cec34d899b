package dev.atelier.ui.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.testing.FxApp;
import dev.atelier.testing.Vectors;
import dev.atelier.vault.Account;
import dev.atelier.vault.AccountKind;
import dev.atelier.vault.TestVaults;
import dev.atelier.vault.VaultState;
import dev.atelier.vault.hd.Bip32;
import dev.atelier.vault.hd.Bip39;
import dev.atelier.vault.hd.DerivationPath;
import dev.atelier.vault.kdf.KdfPolicy;
import dev.atelier.vault.keyfile.KeystoreCrypto;
import dev.atelier.vault.keyfile.KeystoreParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Wallet screen: create → new HD wallet (confirm three words) → lock → unlock → derive → import → export. */
class WalletViewTest {
    private static final String PASS = "a long wallet passphrase";
    @TempDir
    Path home;
    FxApp fx;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        if (fx != null) {
            fx.close();
        }
    }

    private void start() throws Exception {
        fx = FxApp.start(AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP)));
        robot.clickOn("#nav-wallet");
    }

    @Test
    void createLockUnlockDeriveImportExport() throws Exception {
        start();
        assertThat(header()).isEqualTo("No vault");
        robot.clickOn("#empty-action");
        robot.clickOn("#new-passphrase").write("short");
        assertThat(robot.lookup("#dialog-ok").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#strength-label").queryAs(Label.class).getText()).startsWith("Very weak");
        robot.interact(() -> robot.lookup("#new-passphrase").queryAs(TextField.class).setText(PASS));
        robot.clickOn("#new-passphrase-again").write(PASS);
        assertThat(robot.lookup("#passphrase-warning").queryAs(Label.class).getText()).contains("no way to recover a lost passphrase");
        robot.clickOn("#dialog-ok");
        waitUntil(() -> fx.context().vaultState() == VaultState.UNLOCKED);
        waitUntil(() -> header().equals("Unlocked"));

        // New HD wallet: words shown once, then three of them confirmed.
        robot.clickOn("#new-wallet");
        robot.clickOn("#dialog-ok");
        List<String> words = new ArrayList<>();
        for (int i = 0; robot.lookup("#mnemonic-word-" + i).tryQuery().isPresent(); i++) {
            words.add(robot.lookup("#mnemonic-word-" + i).queryAs(Label.class).getText());
        }
        assertThat(words).hasSize(12).allMatch(w -> Bip39.wordList().contains(w));
        robot.clickOn("#dialog-ok");
        for (int i = 0; i < 3; i++) {
            TextField f = robot.lookup("#confirm-word-" + i).queryAs(TextField.class);
            String word = words.get((Integer) f.getUserData());
            robot.interact(() -> f.setText(word));
        }
        robot.clickOn("#dialog-ok");
        waitUntil(() -> accounts().size() == 1);
        byte[] seed = Bip39.seed(Bip39.canonical(String.join(" ", words).toCharArray()), new char[0]);
        assertThat(accounts().get(0).address()).isEqualTo(Secp256k1.address(Bip32.derivePrivateKey(seed, DerivationPath.ethereum(0))));
        assertThat(robot.lookup("#backup-reminder").tryQuery()).isPresent();

        // Lock with Ctrl+L, unlock with the passphrase.
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> header().equals("Locked"));
        assertThat(robot.lookup("#unlock-bar").tryQuery()).isPresent();
        assertThat(robot.lookup("#new-wallet").queryButton().isDisabled()).isTrue();
        robot.clickOn("#unlock-passphrase").write("wrong passphrase");
        robot.clickOn("#unlock-button");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).startsWith("Wrong passphrase");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("#unlock-passphrase").write(PASS);
        robot.clickOn("#unlock-button");
        waitUntil(() -> header().equals("Unlocked"));

        // Derive two more.
        robot.clickOn("#derive");
        robot.interact(() -> robot.lookup("#derive-count").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#dialog-ok");
        waitUntil(() -> accounts().size() == 3);
        assertThat(accounts().get(2).derivationPath()).isEqualTo("m/44'/60'/0'/0/2");

        // Import a key.
        var v = Vectors.get("eip712_mail");
        robot.clickOn("#import-key");
        robot.interact(() -> robot.lookup("#import-key-field").queryAs(TextField.class).setText(v.get("privateKey").asText()));
        robot.clickOn("#import-label").write("Mail");
        robot.clickOn("#dialog-ok");
        waitUntil(() -> accounts().size() == 4);
        Account imported = accounts().get(3);
        assertThat(imported.address().toChecksumHex()).isEqualTo(v.get("address").asText());
        assertThat(imported.kind()).isEqualTo(AccountKind.IMPORTED);

        // Select it: address, QR, copy; export a keystore.
        robot.interact(() -> robot.lookup("#accounts-table").queryTableView().getSelectionModel().select(3));
        assertThat(robot.lookup("#detail-address").queryAs(Label.class).getText()).isEqualTo(v.get("address").asText());
        assertThat(robot.lookup("#address-qr").tryQuery()).isPresent();
        robot.clickOn("#copy-address");
        Path out = home.resolve("exported.json");
        robot.clickOn("#export-keystore");
        robot.interact(() -> robot.lookup("#export-path").queryAs(TextField.class).setText(out.toString()));
        robot.clickOn("#export-password").write("file pw");
        robot.clickOn("#export-password-again").write("file pw");
        robot.clickOn("#dialog-ok");
        waitUntil(() -> Files.exists(out));
        byte[] key = KeystoreCrypto.decrypt(KeystoreParser.parse(Files.readAllBytes(out)), "file pw".toCharArray());
        assertThat("0x" + HexFormat.of().formatHex(key)).isEqualTo(v.get("privateKey").asText());
    }

    @Test
    void autoLockAfterIdleAndHeaderButtonLocks() throws Exception {
        try (AppContext setup = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            setup.vault().create(PASS.toCharArray(), ProgressSink.NONE);
            setup.vault().keys().addSandboxAccounts(1);
        }
        start();
        assertThat(header()).isEqualTo("Locked");
        robot.clickOn("#unlock-passphrase").write(PASS);
        robot.clickOn("#unlock-button");
        waitUntil(() -> header().equals("Unlocked"));
        robot.clickOn("#header-vault");
        waitUntil(() -> header().equals("Locked"));

        robot.clickOn("#unlock-passphrase").write(PASS);
        robot.clickOn("#unlock-button");
        waitUntil(() -> header().equals("Unlocked"));
        robot.interact(() -> fx.app().idleLock().setTimeout(javafx.util.Duration.millis(900)));
        for (int i = 0; i < 5; i++) {
            robot.moveBy(3, 0);
            Thread.sleep(300);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.context().vaultState()).as("input keeps it unlocked").isEqualTo(VaultState.UNLOCKED);
        waitUntil(() -> header().equals("Locked"));
        assertThat(robot.lookup(n -> n instanceof atlantafx.base.controls.Notification no
                && no.getMessage().contains("locked itself")).tryQuery()).isPresent();
    }

    /**
     * Typing in a dialog is activity (dialogs are windows of their own: the idle timer used to watch only
     * the main scene and locked the vault under someone filling in a form), and a revealed key hides the
     * moment the vault locks, not only when its countdown ends.
     */
    @Test
    void inputInDialogsKeepsTheVaultUnlockedAndLockingHidesARevealedKey() throws Exception {
        try (AppContext setup = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            setup.vault().create(PASS.toCharArray(), ProgressSink.NONE);
            setup.vault().keys().addSandboxAccounts(1);
        }
        start();
        robot.clickOn("#unlock-passphrase").write(PASS);
        robot.clickOn("#unlock-button");
        waitUntil(() -> header().equals("Unlocked"));

        robot.interact(() -> fx.app().idleLock().setTimeout(javafx.util.Duration.millis(900)));
        robot.clickOn("#watch");
        robot.clickOn("#watch-address");
        for (int i = 0; i < 8; i++) {
            robot.write("a");
            Thread.sleep(300);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.context().vaultState()).as("typing in a dialog is activity").isEqualTo(VaultState.UNLOCKED);
        robot.clickOn("#dialog-cancel");
        robot.interact(() -> fx.app().idleLock().setTimeout(javafx.util.Duration.minutes(10)));

        robot.interact(() -> robot.lookup("#accounts-table").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#reveal-key");
        robot.clickOn("#reveal-passphrase").write(PASS);
        robot.clickOn("#dialog-ok");
        waitUntil(() -> robot.lookup("#revealed-secret").tryQuery().isPresent());
        String expected = Vectors.get("bip44_eth_test_junk").get("accounts").get(0).get("privateKey").asText();
        assertThat(robot.lookup("#revealed-secret").queryAs(javafx.scene.control.TextArea.class).getText()).isEqualTo(expected);
        fx.context().vault().lock();
        // Well inside the 30 s countdown, so only the lock can have hidden it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#revealed-secret").tryQuery().isEmpty());
        assertThat(header()).isEqualTo("Locked");
    }

    /** Revealed words are exactly the words (what a wallet accepts when pasted); the BIP-39 passphrase note is beside them. */
    @Test
    void revealedWordsCopyExactlyTheWordsAndNameTheBip39Passphrase() throws Exception {
        String junk = Vectors.get("bip44_eth_test_junk").get("mnemonic").asText();
        try (AppContext setup = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            setup.vault().create(PASS.toCharArray(), ProgressSink.NONE);
            setup.vault().keys().addWallet(junk.toCharArray(), "twenty-fifth".toCharArray(), "Hidden", 1);
        }
        start();
        robot.clickOn("#unlock-passphrase").write(PASS);
        robot.clickOn("#unlock-button");
        waitUntil(() -> header().equals("Unlocked"));
        robot.interact(() -> robot.lookup("#accounts-table").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#reveal-words");
        robot.clickOn("#reveal-passphrase").write(PASS);
        robot.clickOn("#dialog-ok");
        waitUntil(() -> robot.lookup("#revealed-secret").tryQuery().isPresent());
        assertThat(robot.lookup("#revealed-secret").queryAs(javafx.scene.control.TextArea.class).getText()).isEqualTo(junk);
        assertThat(robot.lookup("#reveal-note").queryAs(Label.class).getText()).contains("BIP-39 passphrase");
        robot.clickOn("#reveal-copy");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(junk);
        // Locking wipes a copied secret at once (the 30 s timer would not survive an exit).
        fx.context().vault().lock();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            String[] now = new String[1];
            robot.interact(() -> now[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
            return now[0] == null || now[0].isEmpty();
        });
    }

    private List<Account> accounts() {
        return fx.context().vault().accounts();
    }

    private String header() {
        return robot.lookup("#header-vault").queryAs(Button.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
