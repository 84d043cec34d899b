package dev.atelier.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reference tools from npm (cast, node + ethers) that crypto tests cross-check against. */
public final class RefTools {
    private RefTools() {
    }

    public static Path nodeModules() {
        String p = System.getProperty("atelier.tools", "src/test/tools/node_modules");
        Path dir = Path.of(p).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("npm test tools missing at " + dir + " (run: cd src/test/tools && node ensure-tools.mjs)");
        }
        return dir;
    }

    /** Runs {@code cast args...}; fails the test on a non-zero exit. */
    public static String cast(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(nodeModules().resolve(".bin/cast").toString());
        cmd.addAll(List.of(args));
        return check(Proc.run(cmd, Map.of(), null, 120), cmd);
    }

    /** Runs a node script under src/test/tools (so it resolves ethers from node_modules). */
    public static String node(String script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("node");
        cmd.add(nodeModules().getParent().resolve(script).toString());
        cmd.addAll(List.of(args));
        return check(Proc.run(cmd, Map.of(), null, 120), List.of("node", script));
    }

    private static String check(Proc.Result r, List<String> cmd) {
        if (r.code() != 0) {
            throw new AssertionError(cmd.get(0) + " failed (" + r.code() + "): " + r.err() + r.out());
        }
        return r.out().strip();
    }
}
