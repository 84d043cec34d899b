package dev.atelier.chain.sandbox;

import java.nio.file.Path;
import java.time.Instant;

/** Whether the local sandbox chain runs, and where. */
public record SandboxStatus(boolean running, long pid, int port, Instant startedAt, Path binary) {
    public static final long CHAIN_ID = 31337;

    public static SandboxStatus stopped() {
        return new SandboxStatus(false, 0, 0, null, null);
    }

    public String rpcUrl() {
        return running ? "http://127.0.0.1:" + port : "";
    }

    public String describe() {
        return running ? "running on " + rpcUrl() + " (pid " + pid + ", chain " + CHAIN_ID + ")" : "stopped";
    }
}
