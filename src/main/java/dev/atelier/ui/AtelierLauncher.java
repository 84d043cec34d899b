package dev.atelier.ui;

import dev.atelier.common.AtelierException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** Starts the desktop app and turns start-up failures into one readable line on stderr. */
public final class AtelierLauncher {
    /**
     * JavaFX warns on stderr when it runs from the class path (the fat jar); the jpackage build puts
     * it on the module path. Held strongly so the level is not lost to garbage collection.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");
    private AtelierLauncher() {
    }

    /** Blocks until the window closes; returns the process exit code. */
    public static int launch(Path homeOption, Path fileToOpen) {
        List<String> args = new ArrayList<>();
        if (homeOption != null) {
            args.add("--home=" + homeOption);
        }
        if (fileToOpen != null) {
            args.add("--open=" + fileToOpen);
        }
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(AtelierApp.class, args.toArray(String[]::new));
            return 0;
        } catch (RuntimeException e) {
            System.err.println("error: " + describe(e));
            return 1;
        }
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AtelierException ae) {
                return ae.userMessage();
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Unable to open DISPLAY") || m.contains("DISPLAY") || t instanceof java.awt.HeadlessException) {
                return "no graphical display is available, so the Atelier window cannot open. "
                        + "Run it in a desktop session, or use the command line: atelier --help";
            }
            if (m.contains("glass GTK library")) {
                return "the GTK 3 libraries JavaFX needs are missing. Install them (Debian/Ubuntu: sudo apt install libgtk-3-0).";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "the window could not start (" + e.getClass().getSimpleName() + "). Details are in the log under ~/.atelier/logs.";
    }
}
