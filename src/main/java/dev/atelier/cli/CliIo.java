package dev.atelier.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/** The CLI's connection to the world: streams and environment, injected so tests can drive it. */
public record CliIo(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env) {
    public static CliIo system() {
        return new CliIo(System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv());
    }
}
