package dev.atelier.cli;

import dev.atelier.chain.ConnectionReport;
import dev.atelier.chain.Network;
import dev.atelier.chain.Networks;
import dev.atelier.common.AtelierException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.atelier.chain.RpcUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code atelier network list|add|use|test}: presets, custom RPC endpoints and the selected network. */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = "List, add, select and test networks.",
        subcommands = {NetworkCommand.ListCmd.class, NetworkCommand.AddCmd.class, NetworkCommand.UseCmd.class,
                NetworkCommand.TestCmd.class})
public final class NetworkCommand extends CliCommand {
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: list, add, use or test");
    }

    static String rpcShown(Networks networks, Network n) {
        if (n.isSandbox()) {
            return "(local sandbox)";
        }
        if (networks.rpcInVault(n)) {
            return "(in the vault)";
        }
        return n.rpcUrl();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the networks; * marks the selected one.")
    static final class ListCmd extends CliCommand {
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Networks networks = app().networks();
            String selected = app().selectedNetwork().id();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Network n : networks.all()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", n.id());
                    m.put("name", n.name());
                    m.put("chainId", n.chainId());
                    m.put("currency", n.currency());
                    m.put("rpc", rpcShown(networks, n));
                    m.put("explorer", n.explorerUrl());
                    m.put("testnet", n.testnet());
                    m.put("custom", networks.isCustom(n));
                    m.put("selected", n.id().equals(selected));
                    rows.add(m);
                }
                printJson(rows);
                return 0;
            }
            out().printf("  %-16s %-20s %10s  %-6s %s%n", "ID", "NAME", "CHAIN ID", "CUR", "RPC");
            for (Network n : networks.all()) {
                out().printf("%s %-16s %-20s %10d  %-6s %s%n", n.id().equals(selected) ? "*" : " ", n.id(), n.name(), n.chainId(),
                        n.currency(), rpcShown(networks, n) + (networks.isCustom(n) ? "  [custom]" : ""));
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a custom network. The node is asked for its chain id first;",
                    "with --chain-id, a different answer is refused and nothing is saved.",
                    "A URL with an API key is kept in the vault (its passphrase is asked for)."})
    static final class AddCmd extends CliCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "A name for the network.")
        String name;

        @Option(names = "--rpc", required = true, paramLabel = "URL", description = "The node's http(s) JSON-RPC URL.")
        String rpc;

        @Option(names = "--chain-id", paramLabel = "N", description = "The chain id you expect (checked against the node).")
        long chainId;

        @Option(names = "--explorer", paramLabel = "URL", description = "Block explorer base URL, e.g. https://etherscan.io.")
        String explorer;

        @Option(names = "--currency", paramLabel = "SYMBOL", description = "Native currency symbol (default: from the chain, else ETH).")
        String currency;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() {
            if (RpcUrls.embedsSecret(rpc)) {
                NetworkAccess.unlock(app(), passphrase, root().io()); // the URL carries a key: it goes to the vault
            }
            Network n = app().networks().add(new Networks.NewNetwork(name, rpc, chainId, currency, explorer));
            out().println("Added " + n.name() + " (chain " + n.chainId() + ", id " + n.id() + ")"
                    + (app().networks().rpcInVault(n) ? "; its RPC URL is kept in the vault." : "."));
            return 0;
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true, description = "Select the network the app and commands use by default.")
    static final class UseCmd extends CliCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "Network id, name or chain id.")
        String name;

        @Override
        public Integer call() {
            Network n = app().networks().find(name);
            app().settings().setSelectedNetwork(n.id());
            out().println("Selected " + n.label() + ".");
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Check a network's node: chain id, latest block and latency (default: the selected network).")
    static final class TestCmd extends CliCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Network id, name or chain id.")
        String name;

        @Mixin
        PassphraseOptions passphrase;

        @Override
        public Integer call() {
            Network n = name == null ? app().selectedNetwork() : app().networks().find(name);
            NetworkAccess.unlockIfKeptInVault(app(), n, passphrase, root().io());
            ConnectionReport r = app().networks().test(n);
            out().println(n.name() + ": " + r.summary());
            if (!r.feeLine().isEmpty()) {
                out().println(r.feeLine());
            }
            if (!r.chainMatches()) {
                throw new AtelierException("The node answers for chain " + r.chainId() + ", but " + n.name() + " is chain "
                        + n.chainId() + ". Fix the network's RPC URL.");
            }
            return 0;
        }
    }
}
