package dev.atelier.cli;

import dev.atelier.app.AppContext;
import dev.atelier.app.AppPaths;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.signing.file.JsonSequence;
import dev.atelier.vault.Vault;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The start-up path for the plain forms of {@code atelier sign tx}: batch signing is judged on the
 * whole process, and building picocli's model of every command costs more CPU than signing a few
 * thousand transactions. Only these arguments take this path (anything else, e.g. {@code --help} or a
 * misspelt option, goes through picocli as before):
 * <pre>[--home DIR] sign tx [--from ADDRESS] [--in FILE|-] [--passphrase-file F] [--i-understand]</pre>
 * (each option also as {@code --opt=value}, in any order, at most once). The work is
 * {@link TxBatchSigning}'s, the same as {@link SignTxCommand}'s; output, messages and exit codes are
 * the same as the picocli path's.
 */
public final class LeanSignTx {
    /** The options of one plain invocation. */
    record Args(Path home, String from, Path in, Path passphraseFile, boolean acknowledged) {
    }

    private LeanSignTx() {
    }

    /** The options, when {@code args} is a plain {@code sign tx} invocation this path handles. */
    static Optional<Args> parse(String[] args) {
        int i = 0;
        Path home = null;
        String[] v = new String[4];
        try {
            if (i < args.length && (args[i].equals("--home") || args[i].startsWith("--home="))) {
                String h = value(args, i);
                home = Path.of(h);
                i += args[i].equals("--home") ? 2 : 1;
            }
            if (args.length < i + 2 || !args[i].equals("sign") || !args[i + 1].equals("tx")) {
                return Optional.empty();
            }
            i += 2;
            String[] names = {"--from", "--in", "--passphrase-file"};
            boolean acknowledged = false;
            while (i < args.length) {
                if (args[i].equals(AcknowledgeOption.FLAG) && !acknowledged) {
                    acknowledged = true;
                    i++;
                    continue;
                }
                int which = -1;
                for (int n = 0; n < names.length; n++) {
                    if (args[i].equals(names[n]) || args[i].startsWith(names[n] + "=")) {
                        which = n;
                    }
                }
                if (which < 0 || v[which] != null) {
                    return Optional.empty();
                }
                v[which] = value(args, i);
                if (v[which] == null || v[which].isEmpty() || (v[which].startsWith("-") && !v[which].equals("-"))) {
                    return Optional.empty();
                }
                i += args[i].contains("=") ? 1 : 2;
            }
            return Optional.of(new Args(home, v[0], v[1] == null ? null : Path.of(v[1]), v[2] == null ? null : Path.of(v[2]),
                    acknowledged));
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli reports it
        }
    }

    private static String value(String[] args, int i) {
        int eq = args[i].indexOf('=');
        if (eq >= 0) {
            return args[i].substring(eq + 1);
        }
        return i + 1 < args.length ? args[i + 1] : null;
    }

    /** Runs the command; returns the exit code. */
    static int run(Args a, CliIo io) {
        AppContext app = null;
        try {
            Address fromOption = a.from() == null ? null : TxBatchSigning.parseFrom(a.from());
            List<JsonSequence.Entry> requests = TxBatchSigning.requests(SignSupport.readInput(a.in(), io.in()));
            app = AppContext.open(AppPaths.resolve(a.home(), io.env()));
            PassphraseOptions passphrase = new PassphraseOptions();
            passphrase.file = a.passphraseFile();
            Vault vault = VaultSession.unlocked(app, passphrase, io);
            List<String> raws = TxBatchSigning.sign(requests, fromOption, vault,
                    SignSupport.reviewer(app, vault), io.err(), a.acknowledged());
            io.out().print(TxBatchSigning.lines(raws));
            return 0;
        } catch (AtelierException e) {
            if (app != null) {
                org.slf4j.LoggerFactory.getLogger(LeanSignTx.class).info("Command failed: {}", e.userMessage(), e.getCause());
            }
            io.err().println("error: " + e.userMessage());
            return AtelierCli.EXIT_FAILURE;
        } catch (RuntimeException e) {
            AppContext opened = app;
            org.slf4j.LoggerFactory.getLogger(LeanSignTx.class).error("Command failed unexpectedly", e);
            io.err().println("error: unexpected internal error (" + e.getClass().getSimpleName() + "). Please report it"
                    + (opened != null ? "; details are in " + opened.paths().logFile() : "") + ".");
            return AtelierCli.EXIT_FAILURE;
        } finally {
            io.out().flush();
            io.err().flush();
            if (app != null) {
                app.close();
            }
        }
    }

    /** The process's streams, with stdout buffered (one flush at the end; thousands of lines are written). */
    public static int runMain(String[] args) {
        Optional<Args> a = parse(args);
        if (a.isEmpty()) {
            return -1;
        }
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        CliIo io = new CliIo(System.in, out, new PrintWriter(System.err, true), System.getenv());
        return run(a.get(), io);
    }
}
