package dev.atelier.cli;

import dev.atelier.chain.sandbox.Sandbox;
import dev.atelier.chain.sandbox.SandboxAccount;
import dev.atelier.chain.sandbox.SandboxStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code atelier sandbox start|stop|status}: the local anvil chain. {@code start} leaves anvil
 * running after the command exits; its pid and port are recorded in the home for the others.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Start, stop or inspect the local sandbox chain (anvil, chain 31337).",
        subcommands = {SandboxCommand.StartCmd.class, SandboxCommand.StopCmd.class, SandboxCommand.StatusCmd.class})
public final class SandboxCommand extends CliCommand {
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: start, stop or status");
    }

    static void print(CliCommand c, SandboxStatus s, Sandbox sandbox, boolean json) throws Exception {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("running", s.running());
            m.put("rpcUrl", s.rpcUrl());
            m.put("port", s.port());
            m.put("pid", s.pid());
            m.put("chainId", SandboxStatus.CHAIN_ID);
            c.printJson(m);
            return;
        }
        c.out().println("Sandbox " + s.describe() + ".");
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {"Start anvil on a free port (or --port N) and leave it running.",
                    "Its funded development accounts use anvil's public test keys: sandbox only."})
    static final class StartCmd extends CliCommand {
        @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: a free one).")
        int port;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Sandbox sandbox = app().networks().sandbox();
            SandboxStatus s = sandbox.start(port);
            print(this, s, sandbox, json);
            if (!json) {
                out().println("Funded development accounts (" + SandboxAccount.WARNING + "):");
                for (SandboxAccount a : sandbox.accounts()) {
                    out().println("  #" + a.index() + "  " + a.address());
                }
            }
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the sandbox (its chain state is kept for the next start).")
    static final class StopCmd extends CliCommand {
        @Override
        public Integer call() {
            boolean stopped = app().networks().sandbox().stop();
            out().println(stopped ? "Sandbox stopped." : "Sandbox was not running.");
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether the sandbox runs, and where.")
    static final class StatusCmd extends CliCommand {
        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Sandbox sandbox = app().networks().sandbox();
            print(this, sandbox.status(), sandbox, json);
            return 0;
        }
    }
}
