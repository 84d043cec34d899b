package dev.atelier.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the pinned npm reference tools (src/test/tools) from tests. */
public final class Tools {
    private Tools() {
    }

    public static Path modules() {
        String dir = System.getProperty("atelier.tools", "src/test/tools/node_modules");
        Path p = Path.of(dir);
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("npm test tools missing at " + p + ": run node ensure-tools.mjs in src/test/tools");
        }
        return p;
    }

    /** A helper script in src/test/tools/scripts. */
    public static Path script(String name) {
        return modules().getParent().resolve("scripts").resolve(name);
    }

    /** Runs {@code node script args...} and returns stdout (trimmed); fails on a non-zero exit. */
    public static String node(String script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", script(script).toString()));
        cmd.addAll(List.of(args));
        Proc.Result r = Proc.run(cmd, Map.of(), null, 300);
        if (r.code() != 0) {
            throw new AssertionError("node " + script + " failed (" + r.code() + "): " + r.err());
        }
        return r.out().trim();
    }

    public static JsonNode nodeJson(String script, String... args) throws IOException, InterruptedException {
        return new ObjectMapper().readTree(node(script, args));
    }
}
