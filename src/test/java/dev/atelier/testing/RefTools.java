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

/** The independent reference implementations from npm: ethers (via ethers-ref.mjs) and cast. */
public final class RefTools {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RefTools() {
    }

    /** src/test/tools/node_modules */
    public static Path nodeModules() {
        Path p = Path.of(System.getProperty("atelier.tools", "src/test/tools/node_modules"));
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("npm test tools missing at " + p + " (run mvn generate-test-resources)");
        }
        return p;
    }

    /** Runs a batch of jobs through ethers; one result object per job, in order. */
    public static JsonNode ethers(ArrayNode jobs) throws IOException, InterruptedException {
        Path script = nodeModules().getParent().resolve("ethers-ref.mjs");
        Proc.Result r = Proc.run(List.of("node", script.toString()), Map.of(), JSON.writeValueAsString(jobs), 300);
        if (r.code() != 0) {
            throw new IllegalStateException("ethers-ref failed: " + r.err());
        }
        JsonNode out = JSON.readTree(r.out());
        for (JsonNode o : out) {
            if (o.has("error")) {
                throw new IllegalStateException("ethers refused a job: " + o.get("error").asText());
            }
        }
        return out;
    }

    public static String cast(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(nodeModules().resolve(".bin/cast").toString());
        cmd.addAll(List.of(args));
        Proc.Result r = Proc.run(cmd, Map.of("ETH_RPC_URL", "http://127.0.0.1:9"), null, 60);
        if (r.code() != 0) {
            throw new IllegalStateException("cast " + String.join(" ", args) + " failed: " + r.err());
        }
        return r.out().strip();
    }

    public static ArrayNode jobs() {
        return JSON.createArrayNode();
    }
}
