package dev.atelier.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.common.ProgressSink;
import dev.atelier.vault.hd.Bip39;
import dev.atelier.vault.kdf.KdfPolicy;
import dev.atelier.vault.keyfile.KeystoreCrypto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret reaches disk unencrypted: after creating wallets, importing keys (raw and keystore),
 * deriving, revealing and backing up, every file under the home and every new temp file is scanned
 * for the key bytes, their hex, the mnemonic and its words, the entropy, the seed and the master key,
 * once while the vault is open (its -wal present) and once after it closed.
 */
class VaultSecretsAtRestTest {
    @TempDir
    Path home;

    @Test
    void noKeyMnemonicOrSeedAppearsInAnyFile() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long started = System.currentTimeMillis();
        List<byte[]> needles = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        try (AppContext ctx = AppContext.open(AppPaths.at(home), KdfPolicy.testingOnly(TestVaults.CHEAP))) {
            Vault v = ctx.vault();
            v.create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            VaultKeys.NewWallet w = v.keys().createWallet(12, "Main", 3);
            String mnemonic = new String(w.mnemonic());
            phrases.add(mnemonic);
            String[] words = mnemonic.split(" ");
            for (int i = 0; i + 1 < words.length; i++) {
                phrases.add(words[i] + " " + words[i + 1]);
            }
            byte[] entropy = Bip39.toEntropy(w.mnemonic());
            needles.add(entropy);
            needles.add(Bip39.seed(w.mnemonic(), new char[0]));
            v.keys().derive(w.walletId(), 2);

            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            raw[0] = 0x10;
            needles.add(raw);
            v.keys().importPrivateKey(raw.clone(), "raw");
            byte[] ks = new byte[32];
            new SecureRandom().nextBytes(ks);
            ks[0] = 0x20;
            needles.add(ks);
            byte[] json = KeystoreCrypto.encrypt(ks, "keystore-password".toCharArray(), new KeystoreCrypto.ScryptCost(1024, 8, 1));
            v.keystores().importKeystore(json, "keystore-password".toCharArray(), "ks", ProgressSink.NONE);
            for (Account a : v.accounts()) {
                needles.add(v.reveal().revealPrivateKey(a.address(), TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE));
            }
            v.putSecret("rpc/main", "https://rpc.example/API-KEY-0123456789".getBytes(StandardCharsets.UTF_8));
            phrases.add("API-KEY-0123456789");
            v.backup(home.resolve("backup.vault"), ProgressSink.NONE);
            v.changePassphrase(TestVaults.PASSPHRASE.toCharArray(), "a different passphrase".toCharArray(), ProgressSink.NONE);
            phrases.add(TestVaults.PASSPHRASE);
            phrases.add("a different passphrase");
            needles.add(v.withMasterKey(byte[]::clone));
            // While the vault is open its -wal holds the recent pages: scan it too, not only what is left after close.
            v.keys().importPrivateKey(VaultTest.key(42), "late");
            needles.add(VaultTest.key(42));
            assertThat(scan(home, tmp, started, needles, phrases)).extracting(p -> p.getFileName().toString())
                    .contains("vault.db", "vault.db-wal");
            v.lock();
        }
        assertThat(scan(home, tmp, started, needles, phrases)).extracting(p -> p.getFileName().toString())
                .contains("vault.db", "atelier.log", "backup.vault");
    }

    /** Scans every file under the home and every temp file made since {@code started}; returns the files scanned. */
    private static List<Path> scan(Path home, Path tmp, long started, List<byte[]> needles, List<String> texts) throws Exception {
        List<String> phrases = new ArrayList<>(texts);
        for (byte[] n : needles) {
            String hex = HexFormat.of().formatHex(n);
            phrases.add(hex);
            phrases.add(hex.toUpperCase(Locale.ROOT));
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(home)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            s.filter(Files::isRegularFile).filter(p -> p.toFile().lastModified() >= started).forEach(files::add);
        }
        for (Path f : files) {
            byte[] content = Files.readAllBytes(f);
            String text = new String(content, StandardCharsets.ISO_8859_1);
            for (byte[] n : needles) {
                assertThat(indexOf(content, n)).as("raw secret bytes in " + f).isEqualTo(-1);
            }
            for (String p : phrases) {
                assertThat(text).as("secret text in " + f).doesNotContain(p);
                assertThat(new String(content, StandardCharsets.UTF_16LE)).as("UTF-16 secret text in " + f).doesNotContain(p);
            }
        }
        return files;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
