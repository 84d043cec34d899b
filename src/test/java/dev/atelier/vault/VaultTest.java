package dev.atelier.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.common.AtelierException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Keccak;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.crypto.Signature;
import dev.atelier.crypto.Signer;
import dev.atelier.testing.Vectors;
import dev.atelier.vault.hd.DerivationPath;
import dev.atelier.vault.kdf.Argon2Params;
import dev.atelier.vault.kdf.Argon2id;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {
    private static final String JUNK = "test test test test test test test test test test test junk";
    @TempDir
    Path dir;

    @Test
    void createLockUnlockFollowsTheStatesAndNotifiesListeners() {
        Vault v = TestVaults.at(dir.resolve("vault.db"));
        List<VaultState> seen = new ArrayList<>();
        v.addStateListener(seen::add);
        assertThat(v.state()).isEqualTo(VaultState.NONE);
        assertThat(v.accounts()).isEmpty();
        assertThat(Files.exists(dir.resolve("vault.db"))).isFalse();
        v.create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
        assertThat(v.state()).isEqualTo(VaultState.UNLOCKED);
        v.lock();
        assertThat(v.state()).isEqualTo(VaultState.LOCKED);
        assertThat(v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE)).isEmpty();
        assertThat(seen).containsExactly(VaultState.UNLOCKED, VaultState.LOCKED, VaultState.UNLOCKED);
        v.close();
    }

    @Test
    void vaultFilesAreOwnerOnly() throws Exception {
        try (Vault v = TestVaults.created(dir)) {
            v.keys().importPrivateKey(key(1), "x");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("vault.db")))).isEqualTo("rw-------");
            for (String side : new String[] {"vault.db-wal", "vault.db-shm"}) {
                if (Files.exists(dir.resolve(side))) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(side)))).isEqualTo("rw-------");
                }
            }
        }
    }

    @Test
    void wrongPassphraseGivesOneUniformErrorAndChangesNothing() throws Exception {
        try (Vault v = TestVaults.created(dir)) {
            v.keys().importPrivateKey(key(7), "seven");
            v.lock();
        }
        byte[] before = sha(dir.resolve("vault.db"));
        Vault v = TestVaults.at(dir.resolve("vault.db"));
        List<String> messages = new ArrayList<>();
        for (String wrong : new String[] {"correct horse battery stapl", "", "x", "CORRECT HORSE BATTERY STAPLE",
                                          "correct horse \uD800battery staple"}) {
            try {
                v.unlock(wrong.toCharArray(), ProgressSink.NONE);
            } catch (AtelierException e) {
                messages.add(e.getMessage());
            }
            assertThat(v.state()).isEqualTo(VaultState.LOCKED);
        }
        assertThat(messages).hasSize(5).containsOnly(Passphrases.WRONG);
        assertThatThrownBy(() -> v.changePassphrase("nope nope nope".toCharArray(), "another long one".toCharArray(), ProgressSink.NONE))
                .hasMessage(Passphrases.WRONG);
        v.close();
        assertThat(sha(dir.resolve("vault.db"))).isEqualTo(before);
        try (Vault again = TestVaults.at(dir.resolve("vault.db"))) {
            again.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            assertThat(again.accounts()).extracting(Account::label).containsExactly("seven");
        }
    }

    @Test
    void passphraseNormalisationNfkcMakesComposedAndDecomposedEqual() {
        Vault v = TestVaults.at(dir.resolve("vault.db"));
        v.create("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e".toCharArray(), ProgressSink.NONE);
        v.lock();
        v.unlock("cafe\u0301 cre\u0300me bru\u0302le\u0301e".toCharArray(), ProgressSink.NONE);
        assertThat(v.state()).isEqualTo(VaultState.UNLOCKED);
        v.close();
    }

    /** Two creates racing (the window and 'vault init'): the second never silently replaces the first vault. */
    @Test
    void aCreateThatLosesTheRaceFailsInsteadOfReplacingTheVault() throws Exception {
        Path file = dir.resolve("vault.db");
        java.util.concurrent.CountDownLatch choosing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch otherDone = new java.util.concurrent.CountDownLatch(1);
        KdfPolicy slow = new KdfPolicy() {
            @Override
            public Argon2Params choose(Argon2id argon2, ProgressSink progress) {
                choosing.countDown();
                try {
                    otherDone.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return TestVaults.CHEAP;
            }

            @Override
            public boolean enforcesFloor() {
                return false;
            }
        };
        Vault first = new Vault(file, slow, Argon2id.best());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var late = pool.submit(() -> first.create("the slow one's passphrase".toCharArray(), ProgressSink.NONE));
            choosing.await();
            try (Vault other = TestVaults.created(dir)) {
                other.keys().importPrivateKey(key(1), "kept");
            }
            otherDone.countDown();
            assertThatThrownBy(late::get).hasCauseInstanceOf(AtelierException.class).hasMessageContaining("already exists");
        } finally {
            pool.shutdownNow();
        }
        try (Vault v = TestVaults.at(file)) {
            assertThat(v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE)).isEmpty();
            assertThat(v.accounts()).extracting(Account::label).containsExactly("kept");
        }
        assertThat(first.state()).isNotEqualTo(VaultState.UNLOCKED);
        first.close();
    }

    @Test
    void weakOrEmptyNewPassphrasesAreRefused() {
        Vault v = TestVaults.at(dir.resolve("vault.db"));
        assertThatThrownBy(() -> v.create("".toCharArray(), ProgressSink.NONE)).hasMessageContaining("empty");
        assertThatThrownBy(() -> v.create("short".toCharArray(), ProgressSink.NONE)).hasMessageContaining("too short");
        assertThatThrownBy(() -> v.create("long enough \uDC00 but broken".toCharArray(), ProgressSink.NONE))
                .isInstanceOf(AtelierException.class).hasMessageContaining("broken character");
        assertThat(v.exists()).isFalse();
    }

    @Test
    void userPoliciesNeverCreateVaultsBelowTheFloor() {
        KdfPolicy sneaky = (argon2, progress) -> new Argon2Params(1024, 1, 1);
        Vault v = new Vault(dir.resolve("vault.db"), sneaky, Argon2id.best());
        assertThatThrownBy(() -> v.create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE))
                .hasMessageContaining("below the floor");
        assertThat(v.exists()).isFalse();
        Vault floor = new Vault(dir.resolve("vault.db"), KdfPolicy.floor(), Argon2id.best());
        assertThat(floor.create(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE).meetsFloor()).isTrue();
        assertThat(floor.kdfParams()).contains(Argon2Params.floor(Math.min(4, Runtime.getRuntime().availableProcessors())));
        floor.close();
    }

    @Test
    void hdWalletFromTestJunkDerivesTheVectorAccountsAndMore() {
        try (Vault v = TestVaults.created(dir)) {
            var w = v.keys().addWallet(JUNK.toCharArray(), new char[0], "Dev", 2);
            var vec = Vectors.get("bip44_eth_test_junk").get("accounts");
            assertThat(w.accounts()).extracting(a -> a.address().toChecksumHex())
                    .containsExactly(vec.get(0).get("address").asText(), vec.get(1).get("address").asText());
            assertThat(w.accounts()).extracting(Account::derivationPath).containsExactly("m/44'/60'/0'/0/0", "m/44'/60'/0'/0/1");
            assertThat(w.mnemonic()).isNull();
            List<Account> more = v.keys().derive(w.walletId(), 1);
            assertThat(more.get(0).address().toChecksumHex()).isEqualTo(vec.get(2).get("address").asText());
            assertThat(more.get(0).kind()).isEqualTo(AccountKind.HD);
            Account custom = v.keys().deriveAt(w.walletId(), DerivationPath.parse("m/44'/60'/1'/0/0"), "other");
            assertThat(custom.derivationPath()).isEqualTo("m/44'/60'/1'/0/0");
            assertThat(v.wallets()).singleElement().satisfies(h -> {
                assertThat(h.nextIndex()).isEqualTo(3);
                assertThat(h.accountCount()).isEqualTo(4);
                assertThat(h.wordCount()).isEqualTo(12);
            });
            assertThatThrownBy(() -> v.keys().addWallet(JUNK.toCharArray(), new char[0], "again", 1))
                    .hasMessageContaining("already in the vault").hasMessageContaining("Nothing was added");
            assertThat(v.wallets()).hasSize(1);
            VaultReveal.Recovery r = v.reveal().revealMnemonic(w.walletId(), TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            assertThat(new String(r.mnemonic())).isEqualTo(JUNK);
            r.wipe();
        }
    }

    @Test
    void createdWalletWordsRestoreTheSameAccounts() {
        try (Vault v = TestVaults.created(dir)) {
            VaultKeys.NewWallet w = v.keys().createWallet(24, "fresh", 2);
            assertThat(new String(w.mnemonic()).split(" ")).hasSize(24);
            Path other = dir.resolve("other");
            try (Vault v2 = TestVaults.created(Files.createDirectories(other))) {
                var restored = v2.keys().addWallet(w.mnemonic(), new char[0], "restored", 2);
                assertThat(restored.accounts()).extracting(Account::address)
                        .containsExactlyElementsOf(w.accounts().stream().map(Account::address).toList());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void signerSignsWhileUnlockedAndNamesEachRefusal() {
        try (Vault v = TestVaults.created(dir)) {
            Account imported = v.keys().importPrivateKey(key(3), "three");
            Address watched = Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
            v.keys().watch(watched, "watched");
            Signer s = v.signer(imported.address());
            byte[] digest = Keccak.hash256("hello".getBytes(StandardCharsets.UTF_8));
            Signature sig = s.signDigest(digest);
            assertThat(Address.fromPublicKey(Secp256k1.recoverPublicKey(digest, sig))).isEqualTo(imported.address());
            assertThat(sig).isEqualTo(Secp256k1.sign(digest, key(3)));

            assertThatThrownBy(() -> v.signer(watched)).hasMessageContaining("watch-only");
            assertThatThrownBy(() -> v.signer(Address.parse("0x" + "12".repeat(20)))).hasMessageContaining("holds no account");
            v.lock();
            assertThatThrownBy(() -> s.signDigest(digest)).hasMessageContaining("locked");
            assertThatThrownBy(() -> v.signer(imported.address())).hasMessageContaining("locked");
        }
    }

    @Test
    void watchOnlyAddressesAreEip55CheckedAndLabelsChangeWhileLocked() {
        try (Vault v = TestVaults.created(dir)) {
            assertThatThrownBy(() -> v.keys().watch(Address.parse(Vectors.get("eip55").get("invalidChecksum").get(0).asText()), "x"))
                    .hasMessageContaining("EIP-55");
            Account a = v.keys().watch(Address.parse("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"), "cold");
            assertThat(a.kind()).isEqualTo(AccountKind.WATCH_ONLY);
            assertThat(a.canSign()).isFalse();
            v.lock();
            v.keys().setLabel(a.address(), "cold storage");
            assertThat(v.accounts()).extracting(Account::label).containsExactly("cold storage");
            assertThatThrownBy(() -> v.keys().setLabel(a.address(), "bad\nlabel")).hasMessageContaining("control characters");
            assertThatThrownBy(() -> v.keys().watch(Address.parse("0x" + "ab".repeat(20)), "x")).hasMessageContaining("locked");
        }
    }

    @Test
    void importRejectsInvalidKeysAndDuplicates() {
        try (Vault v = TestVaults.created(dir)) {
            assertThatThrownBy(() -> v.keys().importPrivateKey(new byte[32], "zero")).hasMessageContaining("not a valid secp256k1");
            assertThatThrownBy(() -> v.keys().importPrivateKey(HexFormat.of().parseHex("ff".repeat(32)), "n")).hasMessageContaining("curve order");
            assertThatThrownBy(() -> v.keys().importPrivateKey(new byte[31], "short")).hasMessageContaining("32 bytes");
            v.keys().importPrivateKey(key(9), "nine");
            assertThatThrownBy(() -> v.keys().importPrivateKey(key(9), "again")).hasMessageContaining("already in the vault (imported, \"nine\")");
            assertThat(v.accounts()).hasSize(1);
        }
    }

    /** Pasted keys: surrounding whitespace and 0x are fine; only ASCII hex digits count, and the text is never echoed. */
    @Test
    void privateKeyTextIsAsciiHexOnly() {
        String hex = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
        assertThat(PrivateKeyHex.parse((" \t0x" + hex.toUpperCase() + "\n").toCharArray())).isEqualTo(HexFormat.of().parseHex(hex));
        String fullwidthOne = "\uFF11";  // Character.digit('１', 16) == 1
        String arabicIndicFive = "\u0665"; // Character.digit('٥', 16) == 5
        for (String odd : new String[] {fullwidthOne, arabicIndicFive}) {
            String text = odd + hex.substring(1);
            assertThatThrownBy(() -> PrivateKeyHex.parse(text.toCharArray())).isInstanceOf(AtelierException.class)
                    .hasMessageContaining("not a hex digit").hasMessageNotContaining(hex.substring(1, 20));
        }
        assertThatThrownBy(() -> PrivateKeyHex.parse("0x1234".toCharArray())).hasMessageContaining("got 4 characters");
    }

    @Test
    void namedSecretsAreSealedAndNeedTheUnlockedVault() throws Exception {
        try (Vault v = TestVaults.created(dir)) {
            byte[] url = "https://eth-mainnet.example/v2/SECRETAPIKEY123".getBytes(StandardCharsets.UTF_8);
            v.putSecret("rpc/mainnet", url);
            assertThat(v.secret("rpc/mainnet")).contains(url);
            v.putSecret("rpc/mainnet", "https://other/KEY2".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(v.secret("rpc/mainnet").orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("https://other/KEY2");
            assertThat(v.secret("rpc/none")).isEmpty();
            assertThat(v.secrets().names()).containsExactly("rpc/mainnet");
            v.lock();
            assertThatThrownBy(() -> v.secret("rpc/mainnet")).hasMessageContaining("locked");
            v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE);
            assertThat(v.deleteSecret("rpc/mainnet")).isTrue();
            assertThat(v.secret("rpc/mainnet")).isEmpty();
        }
    }

    @Test
    void changePassphraseKeepsEveryAccountAndRefusesTheOldOne() {
        try (Vault v = TestVaults.created(dir)) {
            v.keys().importPrivateKey(key(5), "five");
            v.keys().addWallet(JUNK.toCharArray(), new char[0], "Dev", 1);
            v.changePassphrase(TestVaults.PASSPHRASE.toCharArray(), "a brand new passphrase".toCharArray(), ProgressSink.NONE);
            v.lock();
            assertThatThrownBy(() -> v.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE)).hasMessage(Passphrases.WRONG);
            assertThat(v.unlock("a brand new passphrase".toCharArray(), ProgressSink.NONE)).isEmpty();
            assertThat(v.reveal().revealPrivateKey(v.accounts().get(0).address(), "a brand new passphrase".toCharArray(), ProgressSink.NONE))
                    .isEqualTo(key(5));
        }
    }

    /**
     * A key imported (or an address watched) before its words are restored does not block the restore or
     * later derivations, which failed on it forever (the vault has no "remove account"); restoring the same
     * words twice is still refused by name.
     */
    @Test
    void accountsAlreadyHeldAreKeptWhenTheirWalletIsRestoredOrDerived() {
        var vec = Vectors.get("bip44_eth_test_junk").get("accounts");
        try (Vault v = TestVaults.created(dir)) {
            byte[] k1 = HexFormat.of().parseHex(vec.get(1).get("privateKey").asText().substring(2));
            v.keys().importPrivateKey(k1, "from MetaMask");
            v.keys().watch(Address.parse(vec.get(2).get("address").asText()), "watched");
            VaultKeys.NewWallet w = v.keys().addWallet(JUNK.toCharArray(), new char[0], "Dev", 2);
            assertThat(w.accounts()).extracting(a -> a.address().toChecksumHex())
                    .containsExactly(vec.get(0).get("address").asText(), vec.get(1).get("address").asText());
            assertThat(w.accounts()).extracting(Account::kind).containsExactly(AccountKind.HD, AccountKind.IMPORTED);
            assertThat(w.accounts().get(1).label()).isEqualTo("from MetaMask");
            List<Account> next = v.keys().derive(w.walletId(), 1);
            assertThat(next).extracting(a -> a.address().toChecksumHex()).containsExactly(vec.get(2).get("address").asText());
            assertThat(next.get(0).kind()).isEqualTo(AccountKind.WATCH_ONLY);
            assertThat(v.accounts()).hasSize(3);
            assertThat(v.wallets().get(0).nextIndex()).isEqualTo(3);
            assertThat(v.keys().derive(w.walletId(), 1).get(0).derivationPath()).isEqualTo("m/44'/60'/0'/0/3");
            assertThatThrownBy(() -> v.keys().addWallet(JUNK.toCharArray(), new char[0], "again", 1))
                    .hasMessageContaining("already in the vault as HD wallet " + w.walletId() + " (\"Dev\")")
                    .hasMessageContaining("Nothing was added");
            assertThat(v.wallets()).hasSize(1);
        }
    }

    /** The last non-hardened index is 2^31-1: reaching it leaves a clear message, never an overflowed next index. */
    @Test
    void derivationStopsCleanlyAtTheLastBip44Index() {
        int last = Integer.MAX_VALUE;
        try (Vault v = TestVaults.created(dir)) {
            long id = v.keys().addWallet(JUNK.toCharArray(), new char[0], "Dev", 1).walletId();
            v.keys().deriveAt(id, DerivationPath.parse("m/44'/60'/0'/0/" + (last - 1)), "second to last");
            Account lastOne = v.keys().derive(id, 1).get(0);
            assertThat(lastOne.derivationPath()).isEqualTo("m/44'/60'/0'/0/" + last);
            assertThatThrownBy(() -> v.keys().derive(id, 1)).isInstanceOf(AtelierException.class)
                    .hasMessageContaining("0 account indices left").hasMessageContaining("custom path");
            assertThat(v.keys().deriveAt(id, DerivationPath.parse("m/44'/60'/1'/0/0"), null).derivationPath())
                    .isEqualTo("m/44'/60'/1'/0/0");
            assertThat(v.accounts()).hasSize(4);
        }
        try (Vault v = TestVaults.created(Files.createDirectories(dir.resolve("b")))) {
            long id = v.keys().addWallet(JUNK.toCharArray(), new char[0], "Dev", 1).walletId();
            v.keys().deriveAt(id, DerivationPath.parse("m/44'/60'/0'/0/" + last), "custom at the end");
            assertThatThrownBy(() -> v.keys().derive(id, 2)).isInstanceOf(AtelierException.class).hasMessageContaining("indices left");
            assertThat(v.wallets().get(0).nextIndex()).isEqualTo(last);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * After a passphrase change nothing on disk opens with the old passphrase any more: not vault.db
     * copied alone while the app keeps the vault open (what a sync or backup tool sees), and neither it
     * nor its -wal holds the old wrapped master key.
     */
    @Test
    void afterAPassphraseChangeNoFileOnDiskOpensWithTheOldPassphrase() throws Exception {
        String next = "a brand new passphrase";
        try (Vault v = TestVaults.created(dir)) {
            v.keys().importPrivateKey(key(5), "five");
            byte[] oldWrapped = v.database().read(VaultStore::header).orElseThrow().wrappedKey();
            v.changePassphrase(TestVaults.PASSPHRASE.toCharArray(), next.toCharArray(), ProgressSink.NONE);
            v.keys().importPrivateKey(key(6), "six");
            for (String name : new String[] {"vault.db", "vault.db-wal"}) {
                Path f = dir.resolve(name);
                if (Files.exists(f)) {
                    assertThat(indexOf(Files.readAllBytes(f), oldWrapped)).as("old wrapped key in " + name).isEqualTo(-1);
                }
            }
            Path copy = Files.createDirectories(dir.resolve("synced")).resolve("vault.db");
            Files.copy(dir.resolve("vault.db"), copy);
            try (Vault c = TestVaults.at(copy)) {
                assertThatThrownBy(() -> c.unlock(TestVaults.PASSPHRASE.toCharArray(), ProgressSink.NONE)).hasMessage(Passphrases.WRONG);
                assertThat(c.unlock(next.toCharArray(), ProgressSink.NONE)).isEmpty();
                assertThat(c.accounts()).extracting(Account::label).contains("five");
            }
        }
    }

    static int indexOf(byte[] hay, byte[] needle) {
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

    @Test
    void sandboxAccountsAreTheWellKnownDevKeysAndMarked() {
        try (Vault v = TestVaults.created(dir)) {
            List<Account> s = v.keys().addSandboxAccounts(3);
            var vec = Vectors.get("bip44_eth_test_junk").get("accounts");
            assertThat(s).extracting(a -> a.address().toChecksumHex())
                    .containsExactly(vec.get(0).get("address").asText(), vec.get(1).get("address").asText(), vec.get(2).get("address").asText());
            assertThat(s).allSatisfy(a -> assertThat(a.kind()).isEqualTo(AccountKind.SANDBOX));
            assertThat(v.keys().addSandboxAccounts(3)).isEmpty();
        }
    }

    static byte[] key(int n) {
        byte[] k = new byte[32];
        k[31] = (byte) n;
        k[0] = 0x11;
        return k;
    }

    static byte[] sha(Path p) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
    }
}
