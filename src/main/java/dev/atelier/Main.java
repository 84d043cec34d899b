package dev.atelier;

import dev.atelier.cli.AtelierCli;
import dev.atelier.cli.LeanCid;
import dev.atelier.cli.LeanSignTx;
import dev.atelier.ui.AtelierLauncher;
import java.nio.file.Path;

/**
 * Entry point. A plain class (not the JavaFX Application) so the fat jar starts on the class path.
 * No arguments, or only {@code --home DIR}: open the window. A single existing
 * {@code *.atelier-request} file (how the desktop's file association starts us): open the window on
 * it. Anything else: run the CLI, which never loads JavaFX and needs no display.
 */
public final class Main {
    private Main() {
    }

    /** The signing-request file extension the installers associate with Atelier. */
    public static final String REQUEST_EXTENSION = ".atelier-request";

    public static void main(String[] args) {
        Path home = guiHome(args);
        if (home != null || args.length == 0) {
            System.exit(AtelierLauncher.launch(home, null));
        }
        Path file = fileToOpen(args);
        if (file != null) {
            System.exit(AtelierLauncher.launch(null, file));
        }
        if (LeanCid.applies(args)) {
            System.exit(LeanCid.run(args[2], System.out, System.err));
        }
        int signed = LeanSignTx.runMain(args); // -1 unless args are a plain "sign tx"
        if (signed >= 0) {
            System.exit(signed);
        }
        System.exit(AtelierCli.run(args));
    }

    /** A signing-request file passed alone on the command line (file association), else null. */
    static Path fileToOpen(String[] args) {
        if (args.length == 1 && args[0].endsWith(REQUEST_EXTENSION)) {
            Path p = Path.of(args[0]);
            return java.nio.file.Files.isRegularFile(p) ? p.toAbsolutePath() : null;
        }
        return null;
    }

    /** The home when the arguments ask for the window with a home folder, else null. */
    static Path guiHome(String[] args) {
        if (args.length == 2 && args[0].equals("--home")) {
            return Path.of(args[1]);
        }
        if (args.length == 1 && args[0].startsWith("--home=")) {
            return Path.of(args[0].substring("--home=".length()));
        }
        return null;
    }
}
