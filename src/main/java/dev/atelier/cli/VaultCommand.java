package dev.atelier.cli;

import dev.atelier.common.ProgressSink;
import dev.atelier.vault.Secrets;
import dev.atelier.vault.Vault;
import dev.atelier.vault.VaultBackup;
import dev.atelier.vault.VaultStatus;
import dev.atelier.vault.kdf.Argon2Params;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atelier vault ...}: create, inspect, re-key, back up and restore the encrypted keystore. */
@Command(name = "vault", mixinStandardHelpOptions = true,
        description = "The encrypted keystore (vault.db): init, status, change-passphrase, backup, restore.",
        subcommands = {VaultCommand.Init.class, VaultCommand.Status.class, VaultCommand.ChangePassphrase.class,
            VaultCommand.Backup.class, VaultCommand.Restore.class})
public final class VaultCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing vault command (init, status, change-passphrase, backup, restore)");
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Create the vault. The passphrase comes from $ATELIER_PASSPHRASE, --passphrase-file F, or a prompt (asked twice).",
                "A lost passphrase cannot be recovered: write it down somewhere safe."})
    static final class Init extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() {
            Vault vault = app().vault();
            if (vault.exists()) {
                throw new dev.atelier.common.AtelierException("A vault already exists at " + vault.file()
                        + ". Use 'atelier vault change-passphrase' to change its passphrase.");
            }
            char[] p = passphrase.read(root().io(), true);
            try {
                Argon2Params params = vault.create(p, ProgressSink.NONE);
                out().println("Created the vault at " + vault.file() + " (" + params.describe() + ").");
            } finally {
                Secrets.wipe(p);
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show the vault's state without unlocking it.")
    static final class Status extends CliCommand {
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            VaultStatus s = app().vault().status();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("state", s.state().name().toLowerCase(Locale.ROOT));
            m.put("file", s.file());
            if (s.kdf() != null) {
                Map<String, Object> kdf = new LinkedHashMap<>();
                kdf.put("algorithm", "argon2id");
                kdf.put("memoryKiB", s.kdf().memoryKiB());
                kdf.put("iterations", s.kdf().iterations());
                kdf.put("parallelism", s.kdf().parallelism());
                m.put("kdf", kdf);
            } else {
                m.put("kdf", null);
            }
            m.put("hdWallets", s.wallets());
            m.put("accounts", s.accounts());
            m.put("namedSecrets", s.namedSecrets());
            m.put("lastBackup", s.lastBackup() == null ? null : s.lastBackup().toString());
            m.put("keysSinceBackup", s.keysSinceBackup());
            if (json) {
                printJson(m);
            } else {
                out().printf("%-18s %s%n", "state:", m.get("state"));
                out().printf("%-18s %s%n", "file:", s.file());
                if (s.kdf() != null) {
                    out().printf("%-18s %s%n", "key derivation:", s.kdf().describe());
                    out().printf("%-18s %d%n", "HD wallets:", s.wallets());
                    out().printf("%-18s %d%n", "accounts:", s.accounts());
                    out().printf("%-18s %d%n", "named secrets:", s.namedSecrets());
                    out().printf("%-18s %s%n", "last backup:", s.lastBackup() == null ? "never" : s.lastBackup());
                    out().printf("%-18s %d%n", "keys since backup:", s.keysSinceBackup());
                } else {
                    out().println("No vault yet: create one with 'atelier vault init'.");
                }
            }
            return 0;
        }
    }

    @Command(name = "change-passphrase", mixinStandardHelpOptions = true,
            description = {"Rewrap the master key under a new passphrase (one transaction; keys are not re-encrypted).",
                "Current passphrase: $ATELIER_PASSPHRASE, --passphrase-file F or a prompt; new one: $ATELIER_NEW_PASSPHRASE,",
                "--new-passphrase-file F or a prompt (asked twice)."})
    static final class ChangePassphrase extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Mixin
        NewPassphraseOptions newPassphrase;

        @Override
        public Integer call() {
            Vault vault = app().vault();
            if (!vault.exists()) {
                throw new dev.atelier.common.AtelierException("There is no vault yet. Create one with 'atelier vault init'.");
            }
            char[] current = passphrase.read(root().io(), false);
            char[] next = null;
            try {
                next = newPassphrase.read(root().io());
                Argon2Params p = vault.changePassphrase(current, next, ProgressSink.NONE);
                out().println("Changed the vault passphrase (" + p.describe() + ").");
            } finally {
                Secrets.wipe(current, next);
            }
            return 0;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write a verified, still-encrypted copy of the vault (needs the passphrase to check every secret).")
    static final class Backup extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (replaced if it exists).")
        Path out;

        @Override
        public Integer call() {
            Vault vault = VaultSession.unlocked(app(), passphrase, root().io());
            VaultBackup.Report r = vault.backup(out, ProgressSink.NONE);
            out().println("Backed up " + r.accounts() + " accounts and " + r.wallets() + " HD wallets to " + r.file()
                    + " (verified).");
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Restore the vault from a backup file, after checking it with the backup's passphrase.",
                "Refuses to replace an existing vault unless --force (the old one is kept as vault.db.replaced-<time>)."})
    static final class Restore extends CliCommand {
        @Mixin
        PassphraseOptions passphrase;
        @Parameters(paramLabel = "FILE", description = "A backup written by 'atelier vault backup' or the Wallet screen.")
        Path file;
        @Option(names = "--force", description = "Replace an existing vault (it is kept beside the new one).")
        boolean force;

        @Override
        public Integer call() {
            Vault vault = app().vault();
            if (vault.exists() && !force) {
                throw new dev.atelier.common.AtelierException("A vault already exists at " + vault.file()
                        + ". Run again with --force to replace it (the current vault is kept as vault.db.replaced-<time>).");
            }
            char[] p = passphrase.read(root().io(), false);
            try {
                VaultBackup.Restored r = vault.restore(file, p, force, ProgressSink.NONE);
                out().println("Restored " + r.accounts() + " accounts and " + r.wallets() + " HD wallets into " + r.file() + ".");
                if (r.replacedVault() != null) {
                    out().println("The previous vault was kept as " + r.replacedVault() + ".");
                }
            } finally {
                Secrets.wipe(p);
            }
            return 0;
        }
    }
}
