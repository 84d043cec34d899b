package dev.atelier.cli;

import dev.atelier.common.AtelierException;
import dev.atelier.vault.Account;
import dev.atelier.vault.HdWallet;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.Vault;
import dev.atelier.vault.VaultKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atelier wallet ...}: BIP-39/44 HD wallets. */
@Command(name = "wallet", mixinStandardHelpOptions = true, description = "HD wallets (BIP-39 words, BIP-44 accounts): create, restore, list.",
        subcommands = {WalletCommand.Create.class, WalletCommand.Restore.class, WalletCommand.ListWallets.class})
public final class WalletCommand implements Runnable {
    public static final String BIP39_PASSPHRASE_ENV = "ATELIER_BIP39_PASSPHRASE";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing wallet command (create, restore, list)");
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create an HD wallet from new SecureRandom entropy. Prints the words once (line 1), then the",
                "address of account 0 (m/44'/60'/0'/0/0). Write the words down: they are the only backup of this wallet."})
    static final class Create extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Option(names = "--words", defaultValue = "12", paramLabel = "12|24", description = "Number of words (default: 12).")
        int words;
        @Option(names = "--label", paramLabel = "L", description = "A name for the wallet.")
        String label;

        @Override
        public Integer call() {
            if (words != 12 && words != 24) {
                throw new AtelierException("--words must be 12 or 24.");
            }
            Vault vault = VaultSession.unlocked(app(), passphrase, root().io());
            VaultKeys.NewWallet w = vault.keys().createWallet(words, label, 1);
            try {
                out().println(w.mnemonic());
                out().println(w.accounts().get(0).address().toChecksumHex());
            } finally {
                Secrets.wipe(w.mnemonic());
            }
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Restore an HD wallet from its words on standard input (checksum checked). An optional BIP-39",
                "passphrase comes from $" + BIP39_PASSPHRASE_ENV + ". Prints the first N addresses, one per line."})
    static final class Restore extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "Accounts to derive (default: 1).")
        int count;
        @Option(names = "--label", paramLabel = "L", description = "A name for the wallet.")
        String label;

        @Override
        public Integer call() {
            char[] words = SecretInput.stdin(root().io(), "the recovery words");
            String env = env(BIP39_PASSPHRASE_ENV);
            char[] bip39 = env == null ? new char[0] : env.toCharArray();
            try {
                Vault vault = VaultSession.unlocked(app(), passphrase, root().io());
                for (Account a : vault.keys().addWallet(words, bip39, label, count).accounts()) {
                    out().println(a.address().toChecksumHex());
                }
            } finally {
                Secrets.wipe(words, bip39);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List HD wallets (id, label, words, accounts).")
    static final class ListWallets extends CliCommand {
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<HdWallet> wallets = app().vault().wallets();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (HdWallet w : wallets) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", w.id());
                    m.put("label", w.label());
                    m.put("words", w.wordCount());
                    m.put("accounts", w.accountCount());
                    m.put("nextIndex", w.nextIndex());
                    rows.add(m);
                }
                printJson(rows);
            } else {
                for (HdWallet w : wallets) {
                    out().println(w.id() + "\t" + w.label() + "\t" + w.wordCount() + " words\t" + w.accountCount() + " accounts");
                }
            }
            return 0;
        }
    }
}
