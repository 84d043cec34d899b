package dev.atelier.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real anvil node for tests, independent of the app's Sandbox class: started on a free port (or a
 * given one), optionally with a state file so it can be stopped and restarted with the same chain.
 */
public final class Anvil implements AutoCloseable {
    /** anvil's default funded accounts (public test mnemonic "test test ... junk"). */
    public static final String KEY0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    public static final String ADDR0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    public static final String KEY1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    public static final String ADDR1 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    public static final String ADDR2 = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final int port;
    private final Path log;

    private Anvil(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static Path tools() {
        String t = System.getProperty("atelier.tools", "src/test/tools/node_modules");
        return Path.of(t).toAbsolutePath();
    }

    public static String bin(String name) {
        return tools().resolve(".bin").resolve(name).toString();
    }

    /** Starts anvil; {@code port} 0 picks a free one; {@code state} (may be null) is loaded and dumped on exit. */
    public static Anvil start(int port, Path state, String... extraArgs) throws IOException, InterruptedException {
        Path logFile = Files.createTempFile("anvil", ".log");
        List<String> cmd = new ArrayList<>(List.of(bin("anvil"), "--host", "127.0.0.1", "--port", Integer.toString(port)));
        if (state != null) {
            cmd.addAll(List.of("--state", state.toString()));
        }
        cmd.addAll(List.of(extraArgs));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(logFile, StandardCharsets.UTF_8));
            if (m.find()) {
                return new Anvil(p, Integer.parseInt(m.group(1)), logFile);
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("anvil exited: " + Files.readString(logFile));
            }
            Thread.sleep(30);
        }
        p.destroyForcibly();
        throw new IllegalStateException("anvil did not start");
    }

    public int port() {
        return port;
    }

    public String rpcUrl() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM (anvil dumps --state) and wait. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Runs {@code cast ARGS...} and returns its trimmed stdout; fails the test on a non-zero exit. */
    public static String cast(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(bin("cast"));
        cmd.addAll(List.of(args));
        Proc.Result r = Proc.run(cmd, java.util.Map.of(), null, 60);
        if (r.code() != 0) {
            throw new IllegalStateException("cast " + String.join(" ", args) + " failed: " + r.err());
        }
        return r.out().strip();
    }

    /** An EIP-1559 transfer signed by cast with no node (every field given). */
    public static String signTransfer(String key, long nonce, String to, String valueWei, long maxFeeGwei, long tipGwei)
            throws IOException, InterruptedException {
        return cast("mktx", "--private-key", key, "--chain", "31337", "--nonce", Long.toString(nonce), "--gas-limit", "21000",
                "--gas-price", maxFeeGwei + "gwei", "--priority-gas-price", tipGwei + "gwei", to, "--value", valueWei);
    }

    /** Calls a JSON-RPC method with cast (independent of our client). */
    public String rpc(String method, String... params) throws IOException, InterruptedException {
        List<String> a = new ArrayList<>(List.of("rpc", "--rpc-url", rpcUrl(), method));
        a.addAll(List.of(params));
        return cast(a.toArray(String[]::new));
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        Files.deleteIfExists(log);
    }
}
