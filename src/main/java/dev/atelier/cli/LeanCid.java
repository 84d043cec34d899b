package dev.atelier.cli;

import dev.atelier.asset.cid.Cid;
import dev.atelier.common.AtelierException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The fast path for {@code atelier asset cid PATH}: hashing a large file is limited by SHA-256, so
 * every millisecond of start-up counts. This skips picocli, Jackson and logging (loading them costs
 * more than hashing a 100 MB file) and produces the same output and exit codes as the full CLI.
 */
public final class LeanCid {
    private LeanCid() {
    }

    /** True when the arguments are exactly {@code asset cid PATH} with no options. */
    public static boolean applies(String[] args) {
        return args.length == 3 && args[0].equals("asset") && args[1].equals("cid") && !args[2].startsWith("-");
    }

    /** Prints the CID and returns 0, or prints {@code error: ...} and returns 1. */
    public static int run(String path, PrintStream out, PrintStream err) {
        try {
            out.println(Cid.of(Path.of(path)));
            out.flush();
            return 0;
        } catch (AtelierException e) {
            err.println("error: " + e.userMessage());
            return AtelierCli.EXIT_FAILURE;
        } catch (java.nio.file.InvalidPathException e) {
            err.println("error: '" + path + "' is not a valid path.");
            return AtelierCli.EXIT_FAILURE;
        }
    }
}
