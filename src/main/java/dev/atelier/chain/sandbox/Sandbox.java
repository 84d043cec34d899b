package dev.atelier.chain.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.chain.rpc.RpcException;
import dev.atelier.common.AtelierException;
import dev.atelier.common.PrivateFiles;
import dev.atelier.crypto.Address;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local sandbox chain: an anvil process (chain 31337) that outlives the command that started
 * it. Its pid and port are recorded in {@code <home>/sandbox/sandbox.json}, so {@code status} and
 * {@code stop} work from any later process (CLI or window). The chain state is kept in
 * {@code state.json} across stop/start (anvil dumps it on SIGTERM and every 30 s); reset deletes it.
 */
public final class Sandbox {
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    /** Built on first use: the app creates a Sandbox at start, and Jackson's set-up would delay the first window. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern ACCOUNT = Pattern.compile("^\\((\\d+)\\) (0x[0-9a-fA-F]{40})");
    private static final Pattern KEY = Pattern.compile("^\\((\\d+)\\) (0x[0-9a-fA-F]{64})");
    private static final long START_TIMEOUT_MS = 20_000;
    private static final long MAX_LOG_READ = 256 * 1024;

    private final Path dir;
    private final AnvilLocator locator;

    public Sandbox(Path dir, AnvilLocator locator) {
        this.dir = dir;
        this.locator = locator;
    }

    public Path directory() {
        return dir;
    }

    public Optional<Path> anvil() {
        return locator.locate();
    }

    public String installHint() {
        return AnvilLocator.installHint();
    }

    /** Reads the record and checks that the process lives and answers as chain 31337. */
    public SandboxStatus status() {
        Optional<SandboxStatus> rec = readRecord();
        if (rec.isEmpty()) {
            return SandboxStatus.stopped();
        }
        SandboxStatus s = rec.get();
        if (!isOurAnvil(s.pid())) {
            return SandboxStatus.stopped();
        }
        try {
            long chain = new EthRpc(new RpcClient(s.rpcUrl(), RpcClient.Policy.QUICK)).chainId();
            return chain == SandboxStatus.CHAIN_ID ? s : SandboxStatus.stopped();
        } catch (RpcException e) {
            return SandboxStatus.stopped();
        }
    }

    /** Starts anvil (port 0 picks a free one) unless it already runs; returns where it listens. */
    public synchronized SandboxStatus start(int port) {
        if (port < 0 || port > 65535) {
            throw new AtelierException("The port must be between 0 and 65535 (0 picks a free one).");
        }
        SandboxStatus current = status();
        if (current.running()) {
            return current;
        }
        Optional<String> badSetting = locator.configuredButMissing();
        if (badSetting.isPresent()) {
            throw new AtelierException("The anvil chosen for the sandbox (" + badSetting.get() + ") does not exist or is not "
                    + "executable. Choose it again on the Networks screen, or clear the choice to search PATH.");
        }
        Path anvil = locator.locate().orElseThrow(() -> new AtelierException(installHint()));
        try {
            PrivateFiles.ensureDirectory(dir);
            Files.deleteIfExists(recordFile());
            PrivateFiles.writeAtomically(logFile(), new byte[0]);
        } catch (IOException e) {
            throw new AtelierException("Cannot prepare the sandbox folder " + dir + ". Check its permissions.", e);
        }
        List<String> cmd = List.of(anvil.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--chain-id", Long.toString(SandboxStatus.CHAIN_ID), "--state", stateFile().toString(), "--state-interval", "30");
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File(devNull())))
                    .start();
        } catch (IOException e) {
            throw new AtelierException("Could not start anvil at " + anvil + ": " + e.getMessage(), e);
        }
        int actualPort = awaitListening(p);
        SandboxStatus s = new SandboxStatus(true, p.pid(), actualPort, Instant.ofEpochMilli(System.currentTimeMillis()), anvil);
        writeRecord(s);
        LOG.info("Sandbox started: pid {} port {}", s.pid(), s.port());
        return s;
    }

    /** Stops anvil (it saves the chain state first); a no-op when it is not running. */
    public synchronized boolean stop() {
        Optional<SandboxStatus> rec = readRecord();
        boolean stopped = false;
        if (rec.isPresent() && isOurAnvil(rec.get().pid())) {
            ProcessHandle h = ProcessHandle.of(rec.get().pid()).orElseThrow();
            h.destroy(); // SIGTERM: anvil writes state.json and exits
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
            stopped = true;
            LOG.info("Sandbox stopped: pid {}", rec.get().pid());
        }
        try {
            Files.deleteIfExists(recordFile());
        } catch (IOException e) {
            throw new AtelierException("Cannot remove " + recordFile() + ". Check the folder's permissions.", e);
        }
        return stopped;
    }

    /** Stops the chain, forgets its state (every deployed contract and balance) and starts it fresh. */
    public synchronized SandboxStatus reset(int port) {
        int keepPort = port;
        if (keepPort == 0) {
            SandboxStatus s = status();
            keepPort = s.running() ? s.port() : 0;
        }
        stop();
        try {
            Files.deleteIfExists(stateFile());
        } catch (IOException e) {
            throw new AtelierException("Cannot delete the sandbox state " + stateFile() + ".", e);
        }
        try {
            return start(keepPort);
        } catch (AtelierException e) {
            if (keepPort == 0) {
                throw e;
            }
            return start(0); // the old port was taken meanwhile
        }
    }

    /** The funded development accounts anvil printed when it started (empty when stopped). */
    public List<SandboxAccount> accounts() {
        List<SandboxAccount> out = new ArrayList<>();
        if (!status().running()) {
            return out;
        }
        List<String> lines = readLog().lines().toList();
        List<Address> addresses = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String line : lines) {
            Matcher k = KEY.matcher(line.strip());
            Matcher a = ACCOUNT.matcher(line.strip());
            if (k.find()) {
                keys.add(k.group(2));
            } else if (a.find()) {
                addresses.add(Address.parse(a.group(2)));
            }
        }
        for (int i = 0; i < Math.min(addresses.size(), keys.size()); i++) {
            out.add(new SandboxAccount(i, addresses.get(i), keys.get(i)));
        }
        return out;
    }

    public Path logFile() {
        return dir.resolve("anvil.log");
    }

    Path recordFile() {
        return dir.resolve("sandbox.json");
    }

    Path stateFile() {
        return dir.resolve("state.json");
    }

    private int awaitListening(Process p) {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            Matcher m = LISTENING.matcher(readLog());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (!p.isAlive()) {
                throw new AtelierException("anvil stopped right after starting: " + lastLines(readLog(), 3)
                        + " (full output in " + logFile() + ").");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroy();
                throw new AtelierException("Interrupted while starting the sandbox.", e);
            }
        }
        p.destroy();
        throw new AtelierException("anvil did not start listening within " + START_TIMEOUT_MS / 1000 + " s; see " + logFile() + ".");
    }

    private boolean isOurAnvil(long pid) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        // a recycled pid must never be killed: the process must still be an anvil
        return h.isPresent() && h.get().isAlive()
                && h.get().info().command().map(c -> Path.of(c).getFileName().toString().startsWith("anvil")).orElse(true);
    }

    private Optional<SandboxStatus> readRecord() {
        Path f = recordFile();
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            if (Files.size(f) > 16 * 1024) {
                return Optional.empty();
            }
            JsonNode n = Json.MAPPER.readTree(f.toFile());
            return Optional.of(new SandboxStatus(true, n.path("pid").asLong(), n.path("port").asInt(),
                    Instant.ofEpochMilli(n.path("startedAt").asLong()), Path.of(n.path("binary").asText("anvil"))));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable sandbox record {}", f, e);
            return Optional.empty();
        }
    }

    private void writeRecord(SandboxStatus s) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("pid", s.pid());
        n.put("port", s.port());
        n.put("startedAt", s.startedAt().toEpochMilli());
        n.put("binary", s.binary().toString());
        try {
            PrivateFiles.writeAtomically(recordFile(), Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
        } catch (IOException e) {
            throw new AtelierException("Cannot write " + recordFile() + ".", e);
        }
    }

    private String readLog() {
        try {
            if (!Files.exists(logFile())) {
                return "";
            }
            try (var in = Files.newInputStream(logFile())) {
                return new String(in.readNBytes((int) MAX_LOG_READ), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLines(String text, int n) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    private static String devNull() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") ? "NUL" : "/dev/null";
    }
}
