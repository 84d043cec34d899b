package dev.atelier.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

    /** Runs a batch of jobs through ethers (ethers-ref.mjs); one result object per job, in order. */
    public static JsonNode ethers(ArrayNode jobs) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        Path script = nodeModules().getParent().resolve("ethers-ref.mjs");
        Proc.Result r = Proc.run(List.of("node", script.toString()), Map.of(), json.writeValueAsString(jobs), 300);
        JsonNode out = json.readTree(check(r, List.of("node", "ethers-ref.mjs")));
        for (JsonNode o : out) {
            if (o.has("error")) {
                throw new AssertionError("ethers refused a job: " + o.get("error").asText());
            }
        }
        return out;
    }

    public static ArrayNode jobs() {
        return new ObjectMapper().createArrayNode();
    }

    private static String check(Proc.Result r, List<String> cmd) {
        if (r.code() != 0) {
            throw new AssertionError(cmd.get(0) + " failed (" + r.code() + "): " + r.err() + r.out());
        }
        return r.out().strip();
    }
}
