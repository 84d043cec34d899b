package dev.atelier.cli;

import dev.atelier.common.AtelierException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs the command line. Expected failures print {@code error: <what and what to do>} on stderr
 * and exit 1; usage mistakes print {@code error: ...} and a pointer to --help and exit 2; nothing
 * prints a stack trace.
 */
public final class AtelierCli {
    private static final Logger LOG = LoggerFactory.getLogger(AtelierCli.class);
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private AtelierCli() {
    }

    public static int run(String[] args) {
        return execute(args, CliIo.system());
    }

    public static int execute(String[] args, CliIo io) {
        return execute(args, io, dev.atelier.vault.kdf.KdfPolicy.calibrated());
    }

    /** As {@link #execute(String[], CliIo)} with the Argon2id policy for new vaults (tests use a cheaper one). */
    public static int execute(String[] args, CliIo io, dev.atelier.vault.kdf.KdfPolicy vaultKdf) {
        AtelierCommand root = new AtelierCommand(io, vaultKdf);
        CommandLine cl = new CommandLine(root);
        cl.setOut(io.out());
        cl.setErr(io.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            io.err().println("error: " + ex.getMessage());
            CommandLine sub = ex.getCommandLine();
            io.err().println("Run '" + sub.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, sub, parseResult) -> {
            io.err().println("error: " + describe(ex, root));
            return EXIT_FAILURE;
        });
        try {
            return cl.execute(args);
        } finally {
            io.out().flush();
            io.err().flush();
            root.close();
        }
    }

    private static String describe(Exception ex, AtelierCommand root) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof AtelierException ae) {
                LOG.info("Command failed: {}", ae.userMessage(), ae.getCause());
                return ae.userMessage();
            }
        }
        LOG.error("Command failed unexpectedly", ex);
        return "unexpected internal error (" + ex.getClass().getSimpleName() + "). Please report it"
                + root.logFile().map(f -> "; details are in " + f).orElse("") + ".";
    }
}
