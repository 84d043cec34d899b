package dev.atelier.vault;

import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.vault.hd.Bip32;
import dev.atelier.vault.hd.Bip39;
import dev.atelier.vault.hd.DerivationPath;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The vault's keys: HD wallets (sealed mnemonic and BIP-39 passphrase) and their derived accounts,
 * imported and sandbox keys, and watch-only addresses (an empty sealed value as their integrity tag).
 * Every write is one transaction that reads its rows back and decrypts them before it commits. Named
 * secrets live in {@link VaultSecrets}, keystore files in {@link KeystoreTransfer}, reveal in
 * {@link VaultReveal}, integrity checks in {@link VaultIntegrity}.
 */
public final class VaultKeys {
    public static final int MAX_LABEL = 64;
    public static final int MAX_DERIVE = 100;
    /** One past the last non-hardened BIP-32 index (2^31): m/44'/60'/0'/0/i ends at i = 2^31 - 1. */
    static final long INDEX_LIMIT = 1L << 31;
    /** The public development mnemonic of anvil and hardhat. */
    public static final String SANDBOX_MNEMONIC = "test test test test test test test test test test test junk";

    private final Vault vault;

    VaultKeys(Vault vault) {
        this.vault = vault;
    }

    /** A new wallet, stored: its words (the caller shows them once and wipes them) and first accounts. */
    public record NewWallet(long walletId, char[] mnemonic, List<Account> accounts) {
    }

    // ---- HD wallets --------------------------------------------------------------------------

    /** Generates a 12- or 24-word mnemonic from SecureRandom, stores it and derives {@code count} accounts. */
    public NewWallet createWallet(int words, String label, int count) {
        vault.requireUnlocked();
        char[] mnemonic = Bip39.generate(words, Vault.RANDOM);
        try {
            NewWallet w = addWallet(mnemonic, new char[0], label, count);
            return new NewWallet(w.walletId(), mnemonic, w.accounts());
        } catch (RuntimeException e) {
            Secrets.wipe(mnemonic);
            throw e;
        }
    }

    /**
     * Stores a wallet from words the user already has (checksum checked, NFKD) and derives the first
     * {@code count} accounts along m/44'/60'/0'/0/i. The returned record carries no words.
     */
    public NewWallet addWallet(char[] mnemonic, char[] bip39Passphrase, String label, int count) {
        checkCount(count);
        String cleanLabel = label(label, "HD wallet");
        char[] canonical = Bip39.canonical(mnemonic);
        char[] passphrase = bip39Passphrase == null ? new char[0] : bip39Passphrase.clone();
        byte[] seed = Bip39.seed(canonical, passphrase);
        int wordCount = countWords(canonical);
        try {
            List<Derived> derived = deriveRange(seed, 0, count);
            try {
                return vault.withMasterKey(master -> vault.write(c -> {
                    refuseKnownWallet(c, derived);
                    long id = VaultStore.insertWallet(c, cleanLabel, wordCount, Vault.now());
                    byte[] m = Secrets.utf8(canonical);
                    byte[] p = Secrets.utf8(passphrase);
                    try {
                        VaultStore.sealWallet(c, id, SealedBox.seal(master, m, Aad.walletMnemonic(id)),
                                SealedBox.seal(master, p, Aad.walletPassphrase(id)));
                        VaultStore.WalletRow back = VaultStore.wallet(c, id).orElseThrow();
                        SealedEntries.readBack(master, back.sealedMnemonic(), Aad.walletMnemonic(id), m);
                        SealedEntries.readBack(master, back.sealedPassphrase(), Aad.walletPassphrase(id), p);
                    } finally {
                        Secrets.wipe(m, p);
                    }
                    List<Account> accounts = insertDerived(c, master, id, derived, cleanLabel);
                    VaultStore.setNextIndex(c, id, count);
                    return new NewWallet(id, null, accounts);
                }));
            } finally {
                derived.forEach(Derived::wipe);
            }
        } finally {
            Secrets.wipe(seed);
            Secrets.wipe(canonical, passphrase);
        }
    }

    /** Derives the wallet's next {@code count} accounts along m/44'/60'/0'/0/i. */
    public List<Account> derive(long walletId, int count) {
        checkCount(count);
        return withSeed(walletId, (seed, wallet) -> {
            if (wallet.nextIndex() + count > INDEX_LIMIT) {
                throw new AtelierException("HD wallet " + walletId + " (\"" + wallet.label() + "\") has "
                        + (INDEX_LIMIT - wallet.nextIndex()) + " account indices left along m/44'/60'/0'/0/i (the last is "
                        + (INDEX_LIMIT - 1) + "). Derive fewer, or use a custom path such as m/44'/60'/1'/0/0.");
            }
            List<Derived> derived = deriveRange(seed, (int) wallet.nextIndex(), count);
            try {
                return vault.withMasterKey(master -> vault.write(c -> {
                    List<Account> accounts = insertDerived(c, master, walletId, derived, wallet.label());
                    VaultStore.setNextIndex(c, walletId, wallet.nextIndex() + count);
                    return accounts;
                }));
            } finally {
                derived.forEach(Derived::wipe);
            }
        });
    }

    /** Derives one account at a custom path (for wallets that used another scheme). */
    public Account deriveAt(long walletId, DerivationPath path, String label) {
        return withSeed(walletId, (seed, wallet) -> {
            Derived d = new Derived(path, Bip32.derivePrivateKey(seed, path));
            try {
                return vault.withMasterKey(master -> vault.write(c -> {
                    refuseDuplicate(c, d.address);
                    String l = label == null || label.isBlank() ? wallet.label() + " " + path : label(label, "");
                    Account a = insertAccount(c, master, d.address, AccountKind.HD, l, walletId, path.toString(), d.key);
                    int index = path.ethereumAccountIndex();
                    if (index >= wallet.nextIndex()) {
                        VaultStore.setNextIndex(c, walletId, index + 1L);
                    }
                    return a;
                }));
            } finally {
                d.wipe();
            }
        });
    }

    /** The HD wallet an account was derived from, if any. */
    public Optional<Long> walletOf(Address address) {
        return vault.database().read(c -> VaultStore.account(c, address)).map(VaultStore.AccountRow::walletId);
    }

    public List<HdWallet> wallets() {
        return vault.database().read(c -> {
            Map<Long, Integer> counts = new HashMap<>();
            for (VaultStore.AccountRow r : VaultStore.accounts(c)) {
                if (r.walletId() != null) {
                    counts.merge(r.walletId(), 1, Integer::sum);
                }
            }
            List<HdWallet> out = new ArrayList<>();
            for (VaultStore.WalletRow w : VaultStore.wallets(c)) {
                out.add(new HdWallet(w.id(), w.label(), w.wordCount(), (int) Math.min(Integer.MAX_VALUE, w.nextIndex()),
                        counts.getOrDefault(w.id(), 0)));
            }
            return out;
        });
    }

    /** Adds the first {@code count} public anvil/hardhat development accounts, marked SANDBOX. */
    public List<Account> addSandboxAccounts(int count) {
        checkCount(count);
        char[] words = SANDBOX_MNEMONIC.toCharArray();
        byte[] seed = Bip39.seed(words, new char[0]);
        List<Derived> derived = deriveRange(seed, 0, count);
        Secrets.wipe(seed);
        try {
            return vault.withMasterKey(master -> vault.write(c -> {
                List<Account> out = new ArrayList<>();
                for (Derived d : derived) {
                    if (VaultStore.account(c, d.address).isEmpty()) {
                        out.add(insertAccount(c, master, d.address, AccountKind.SANDBOX,
                                "Sandbox #" + d.path.ethereumAccountIndex(), null, d.path.toString(), d.key));
                    }
                }
                return out;
            }));
        } finally {
            derived.forEach(Derived::wipe);
        }
    }

    // ---- imported and watch-only accounts ---------------------------------------------------

    public Account importPrivateKey(byte[] privateKey, String label) {
        if (privateKey.length != 32) {
            throw new AtelierException("A private key is 32 bytes (64 hex digits); this one has " + privateKey.length + ".");
        }
        BigInteger k = new BigInteger(1, privateKey);
        if (k.signum() == 0 || k.compareTo(Secp256k1.N) >= 0) {
            throw new AtelierException("This is not a valid secp256k1 private key (zero, or not below the curve order).");
        }
        Address address = Secp256k1.address(privateKey);
        return vault.withMasterKey(master -> vault.write(c -> {
            refuseDuplicate(c, address);
            return insertAccount(c, master, address, AccountKind.IMPORTED, label(label, "Imported"), null, null, privateKey);
        }));
    }

    public Account watch(Address address, String label) {
        return vault.withMasterKey(master -> vault.write(c -> {
            refuseDuplicate(c, address);
            return insertAccount(c, master, address, AccountKind.WATCH_ONLY, label(label, "Watch-only"), null, null, new byte[0]);
        }));
    }

    /** Labels are public metadata: they can change while the vault is locked. */
    public void setLabel(Address address, String label) {
        String l = label(label, "");
        if (!vault.write(c -> VaultStore.setLabel(c, address, l))) {
            throw new AtelierException("The vault holds no account " + address + ".");
        }
    }

    // ---- internals ---------------------------------------------------------------------------

    <T> T withPrivateKey(Address address, Function<byte[], T> work) {
        return withPrivateKey(sealedRow(address), work);
    }

    /** The account's row (its key still sealed), for signers that sign many digests with one account. */
    VaultStore.AccountRow sealedRow(Address address) {
        VaultStore.AccountRow row = vault.database().read(c -> VaultStore.account(c, address))
                .orElseThrow(() -> new AtelierException("The vault holds no account " + address + "."));
        if (row.kind() == AccountKind.WATCH_ONLY) {
            throw new AtelierException(address + " is a watch-only account: the vault has no key for it.");
        }
        return row;
    }

    /** Opens the sealed key of {@code row} for the duration of {@code work} (needs the vault unlocked). */
    <T> T withPrivateKey(VaultStore.AccountRow row, Function<byte[], T> work) {
        return vault.withMasterKey(master -> {
            byte[] key = SealedEntries.open(master, row.sealedKey(), Aad.accountKey(row.address(), row.kind(), row.walletId(), row.path()),
                    SealedEntries.describe(row));
            try {
                return work.apply(key);
            } finally {
                Secrets.wipe(key);
            }
        });
    }

    private record Derived(DerivationPath path, byte[] key, Address address) {
        Derived(DerivationPath path, byte[] key) {
            this(path, key, Secp256k1.address(key));
        }

        void wipe() {
            Secrets.wipe(key);
        }
    }

    private static List<Derived> deriveRange(byte[] seed, int from, int count) {
        List<Derived> out = new ArrayList<>(count);
        for (long i = from; i < (long) from + count; i++) {
            DerivationPath p = DerivationPath.ethereum((int) i);
            out.add(new Derived(p, Bip32.derivePrivateKey(seed, p)));
        }
        return out;
    }

    /**
     * Inserts the derived accounts. An address the vault already holds (its key imported earlier, or
     * watched, or a sandbox account) keeps its row and is returned as it is, so restoring words or
     * deriving past such an account works instead of failing on it forever.
     */
    private List<Account> insertDerived(Connection c, byte[] master, long walletId, List<Derived> derived, String walletLabel)
            throws SQLException {
        List<Account> out = new ArrayList<>();
        for (Derived d : derived) {
            Optional<VaultStore.AccountRow> existing = VaultStore.account(c, d.address);
            if (existing.isPresent()) {
                out.add(existing.get().toAccount());
                continue;
            }
            out.add(insertAccount(c, master, d.address, AccountKind.HD, walletLabel + " #" + d.path.ethereumAccountIndex(),
                    walletId, d.path.toString(), d.key));
        }
        return out;
    }

    /** The same words (and BIP-39 passphrase) stored twice would be two wallets deriving the same accounts. */
    private static void refuseKnownWallet(Connection c, List<Derived> derived) throws SQLException {
        for (Derived d : derived) {
            Optional<VaultStore.AccountRow> existing = VaultStore.account(c, d.address);
            if (existing.isPresent() && existing.get().kind() == AccountKind.HD && existing.get().walletId() != null) {
                long other = existing.get().walletId();
                String label = VaultStore.wallet(c, other).map(VaultStore.WalletRow::label).orElse("?");
                throw new AtelierException("These words are already in the vault as HD wallet " + other + " (\"" + label
                        + "\"): " + d.address + " is its account " + d.path + ". Nothing was added.");
            }
        }
    }

    private static Account insertAccount(Connection c, byte[] master, Address address, AccountKind kind, String label,
                                         Long walletId, String path, byte[] key) throws SQLException {
        byte[] aad = Aad.accountKey(address, kind, walletId, path);
        VaultStore.insertAccount(c, address, kind, label, walletId, path, SealedBox.seal(master, key, aad), Vault.now());
        VaultStore.AccountRow back = VaultStore.account(c, address).orElseThrow(() -> new SQLException("account not read back"));
        SealedEntries.readBack(master, back.sealedKey(), Aad.accountKey(back.address(), back.kind(), back.walletId(), back.path()), key);
        return back.toAccount();
    }

    private <T> T withSeed(long walletId, SeedWork<T> work) {
        VaultStore.WalletRow wallet = vault.database().read(c -> VaultStore.wallet(c, walletId))
                .orElseThrow(() -> SealedEntries.noWallet(walletId));
        return vault.withMasterKey(master -> {
            String what = "HD wallet " + walletId + " (\"" + wallet.label() + "\")";
            byte[] m = SealedEntries.open(master, wallet.sealedMnemonic(), Aad.walletMnemonic(walletId), what);
            byte[] p = SealedEntries.open(master, wallet.sealedPassphrase(), Aad.walletPassphrase(walletId), what);
            char[] mc = SealedEntries.chars(m);
            char[] pc = SealedEntries.chars(p);
            Secrets.wipe(m, p);
            byte[] seed = Bip39.seed(mc, pc);
            Secrets.wipe(mc, pc);
            try {
                return work.apply(seed, wallet);
            } finally {
                Secrets.wipe(seed);
            }
        });
    }

    @FunctionalInterface
    private interface SeedWork<T> {
        T apply(byte[] seed, VaultStore.WalletRow wallet);
    }

    private static void refuseDuplicate(Connection c, Address address) throws SQLException {
        Optional<VaultStore.AccountRow> existing = VaultStore.account(c, address);
        if (existing.isPresent()) {
            VaultStore.AccountRow r = existing.get();
            throw new AtelierException(address + " is already in the vault (" + r.kind().id() + ", \"" + r.label()
                    + "\"). Nothing was added.");
        }
    }

    private static void checkCount(int count) {
        if (count < 1 || count > MAX_DERIVE) {
            throw new AtelierException("Derive between 1 and " + MAX_DERIVE + " accounts at a time (asked for " + count + ").");
        }
    }

    static String label(String label, String fallback) {
        String l = label == null ? "" : label.strip();
        if (l.isEmpty()) {
            l = fallback;
        }
        if (l.codePointCount(0, l.length()) > MAX_LABEL) {
            throw new AtelierException("A label has at most " + MAX_LABEL + " characters.");
        }
        if (l.chars().anyMatch(Character::isISOControl)) {
            throw new AtelierException("A label cannot contain control characters (tabs, line breaks).");
        }
        return l;
    }

    private static int countWords(char[] canonical) {
        int n = 1;
        for (char ch : canonical) {
            if (ch == ' ') {
                n++;
            }
        }
        return n;
    }
}
