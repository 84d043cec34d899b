package dev.atelier.cli;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppInfo;
import dev.atelier.app.AppPaths;
import dev.atelier.vault.kdf.KdfPolicy;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code atelier}: the root command. With no command at all, Main opens the window instead. */
@Command(name = "atelier",
        mixinStandardHelpOptions = true,
        versionProvider = AtelierCommand.Version.class,
        description = {"Atelier — a desktop studio for NFT collections and game items:",
                "an encrypted local keystore, an offline signer, a catalog, asset tools and minting.",
                "",
                "Run without a command to open the window."},
        subcommands = {InfoCommand.class, VaultCommand.class, WalletCommand.class, AccountCommand.class, AssetCommand.class,
            SignCommand.class, TxCommand.class, RequestCommand.class, ContactCommand.class,
            NetworkCommand.class, SandboxCommand.class,
            dev.atelier.cli.studio.CollectionCommand.class, dev.atelier.cli.studio.ItemCommand.class},
        footer = {"", "Data lives in --home DIR, else $ATELIER_HOME, else ~/.atelier.",
                "Exit codes: 0 success, 1 failure (message on stderr), 2 usage error."})
public final class AtelierCommand implements Runnable, AutoCloseable {
    private final CliIo io;
    private final KdfPolicy vaultKdf;
    private AppContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Atelier folder (default: $ATELIER_HOME, else ~/.atelier).")
    Path home;

    public AtelierCommand(CliIo io) {
        this(io, KdfPolicy.calibrated());
    }

    /** Tests pass a cheaper policy for vaults created by {@code vault init}. */
    public AtelierCommand(CliIo io, KdfPolicy vaultKdf) {
        this.io = io;
        this.vaultKdf = vaultKdf;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (the window opens only when no arguments are given)");
    }

    public CliIo io() {
        return io;
    }

    public AppPaths paths() {
        return AppPaths.resolve(home, io.env());
    }

    /** Opens the home on first use (creating it, 0700); commands that never touch data never call this. */
    public AppContext context() {
        if (context == null) {
            context = AppContext.open(paths(), vaultKdf);
        }
        return context;
    }

    Optional<Path> logFile() {
        return context == null ? Optional.empty() : Optional.of(context.paths().logFile());
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
