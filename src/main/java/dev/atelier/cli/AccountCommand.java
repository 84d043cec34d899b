package dev.atelier.cli;

import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.vault.Account;
import dev.atelier.vault.HdWallet;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.Vault;
import dev.atelier.vault.PrivateKeyHex;
import dev.atelier.vault.hd.DerivationPath;
import dev.atelier.vault.keyfile.KeystoreCrypto;
import dev.atelier.vault.keyfile.KeystoreParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier account ...}: derive, import, export, watch and list accounts. */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Accounts: derive, import-key, import-keystore, export-keystore, watch, list.",
        subcommands = {AccountCommand.Derive.class, AccountCommand.ImportKey.class, AccountCommand.ImportKeystore.class,
            AccountCommand.ExportKeystore.class, AccountCommand.Watch.class, AccountCommand.ListAccounts.class})
public final class AccountCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing account command (derive, import-key, import-keystore, export-keystore, watch, list)");
    }

    @Command(name = "derive", mixinStandardHelpOptions = true,
            description = {"Derive the next accounts of an HD wallet along m/44'/60'/0'/0/i (or one at --path).",
                "Prints the new addresses, one per line."})
    static final class Derive extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Option(names = "--wallet", paramLabel = "ID", description = "The wallet (see 'atelier wallet list'); needed when there are several.")
        Long wallet;
        @Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "How many (default: 1).")
        int count;
        @Option(names = "--path", paramLabel = "PATH", description = "Derive one account at this BIP-32 path instead, e.g. m/44'/60'/1'/0/0.")
        String path;
        @Option(names = "--label", paramLabel = "L", description = "Label for an account derived at --path.")
        String label;

        @Override
        public Integer call() {
            Vault vault = app().vault();
            List<HdWallet> wallets = vault.wallets();
            long id;
            if (wallet != null) {
                id = wallet;
            } else if (wallets.size() == 1) {
                id = wallets.get(0).id();
            } else if (wallets.isEmpty()) {
                throw new AtelierException("The vault has no HD wallet. Create one with 'atelier wallet create' or 'atelier wallet restore'.");
            } else {
                throw new AtelierException("The vault has " + wallets.size() + " HD wallets: choose one with --wallet ID "
                        + "(see 'atelier wallet list').");
            }
            DerivationPath custom = path == null ? null : DerivationPath.parse(path);
            VaultSession.unlocked(app(), passphrase, root().io());
            if (custom != null) {
                out().println(vault.keys().deriveAt(id, custom, label).address().toChecksumHex());
            } else {
                for (Account a : vault.keys().derive(id, count)) {
                    out().println(a.address().toChecksumHex());
                }
            }
            return 0;
        }
    }

    @Command(name = "import-key", mixinStandardHelpOptions = true,
            description = "Import a private key (64 hex digits, 0x optional) read from standard input. Prints its address.")
    static final class ImportKey extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Option(names = "--label", paramLabel = "L", description = "A name for the account.")
        String label;

        @Override
        public Integer call() {
            char[] text = SecretInput.stdin(root().io(), "a private key in hex");
            byte[] key = null;
            try {
                key = PrivateKeyHex.parse(text);
                Vault vault = VaultSession.unlocked(app(), passphrase, root().io());
                out().println(vault.keys().importPrivateKey(key, label).address().toChecksumHex());
            } finally {
                Secrets.wipe(text);
                Secrets.wipe(key);
            }
            return 0;
        }
    }

    @Command(name = "import-keystore", mixinStandardHelpOptions = true,
            description = {"Import a Web3 Secret Storage v3 file (geth, MetaMask, MyEtherWallet, cast, ethers; scrypt or pbkdf2).",
                "Password: $ATELIER_KEYSTORE_PASSWORD, --keystore-password-file F, or a prompt. Prints the address."})
    static final class ImportKeystore extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Mixin
        KeystorePasswordOptions password;
        @Parameters(paramLabel = "FILE", description = "The keystore JSON file.")
        Path file;
        @Option(names = "--label", paramLabel = "L", description = "A name for the account.")
        String label;

        @Override
        public Integer call() {
            byte[] json = readBounded(file);
            KeystoreParser.parse(json); // refuse a bad file before asking for anything
            char[] pw = password.read(root().io(), false);
            try {
                Vault vault = VaultSession.unlocked(app(), passphrase, root().io());
                out().println(vault.keystores().importKeystore(json, pw, label, ProgressSink.NONE).address().toChecksumHex());
            } finally {
                Secrets.wipe(pw);
            }
            return 0;
        }

        private static byte[] readBounded(Path file) {
            try {
                if (!Files.isRegularFile(file)) {
                    throw new AtelierException("No keystore file at " + file + ".");
                }
                if (Files.size(file) > KeystoreParser.MAX_FILE_BYTES) {
                    throw new AtelierException("This keystore file cannot be imported: it is " + Files.size(file) / 1024
                            + " KiB; a keystore file is under 1 KiB (limit 64 KiB).");
                }
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new AtelierException("Cannot read " + file + ".", e);
            }
        }
    }

    @Command(name = "export-keystore", mixinStandardHelpOptions = true,
            description = {"Write the account's key as a v3 keystore (scrypt n=2^18, r=8, p=1) that geth, cast and ethers read.",
                "Password: $ATELIER_KEYSTORE_PASSWORD, --keystore-password-file F, or a prompt (asked twice). The file is 0600."})
    static final class ExportKeystore extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Mixin
        KeystorePasswordOptions password;
        @Parameters(paramLabel = "ADDRESS", description = "The account to export.")
        String address;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (must not exist).")
        Path out;

        @Override
        public Integer call() {
            Address a = Address.parse(address);
            Path target = out.toAbsolutePath();
            if (Files.exists(target)) {
                throw new AtelierException(target + " already exists. Choose another file name, or move the old file away.");
            }
            if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
                throw new AtelierException("The folder " + target.getParent() + " does not exist.");
            }
            char[] pw = password.read(root().io(), true);
            try {
                Vault vault = VaultSession.unlocked(app(), passphrase, root().io());
                byte[] json = vault.keystores().exportKeystore(a, pw, KeystoreCrypto.DEFAULT_EXPORT, ProgressSink.NONE);
                PrivateFiles.writeAtomically(target, json);
                out().println("Wrote " + target + " (" + a.toChecksumHex() + ").");
            } catch (IOException e) {
                throw new AtelierException("Could not write " + target + ". Check the folder's permissions and free space.", e);
            } finally {
                Secrets.wipe(pw);
            }
            return 0;
        }
    }

    @Command(name = "watch", mixinStandardHelpOptions = true,
            description = "Add a watch-only account (address only; a mixed-case address must pass its EIP-55 checksum).")
    static final class Watch extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Parameters(paramLabel = "ADDRESS")
        String address;
        @Option(names = "--label", paramLabel = "L", description = "A name for the account.")
        String label;

        @Override
        public Integer call() {
            Address a = Address.parse(address);
            Vault vault = VaultSession.unlocked(app(), passphrase, root().io());
            out().println(vault.keys().watch(a, label).address().toChecksumHex());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the vault's accounts (no passphrase needed): address, kind, path, label.",
                "--json prints [{\"address\",\"label\",\"kind\",\"path\"}] with kind hd, imported, watch-only or sandbox."})
    static final class ListAccounts extends CliCommand {
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<Account> accounts = app().vault().accounts();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Account a : accounts) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("address", a.address().toChecksumHex());
                    m.put("label", a.label());
                    m.put("kind", a.kind().id());
                    m.put("path", a.derivationPath());
                    rows.add(m);
                }
                printJson(rows);
            } else {
                for (Account a : accounts) {
                    out().println(a.address().toChecksumHex() + "\t" + a.kind().id() + "\t"
                            + (a.derivationPath() == null ? "-" : a.derivationPath()) + "\t" + a.label());
                }
            }
            return 0;
        }
    }
}
