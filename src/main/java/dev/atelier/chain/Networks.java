package dev.atelier.chain;

import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.RpcClient;
import dev.atelier.chain.sandbox.Sandbox;
import dev.atelier.chain.sandbox.SandboxStatus;
import dev.atelier.chain.tx.FeeOracle;
import dev.atelier.chain.tx.FeeSuggestion;
import dev.atelier.common.AtelierException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every network Atelier can use — the presets and the user's custom ones — and how to reach each:
 * the preset's public RPC, the custom URL (from the vault when it embeds a key), or the running
 * local sandbox. Adding a network checks the node's {@code eth_chainId} before anything is saved.
 */
public final class Networks {
    public static final int MAX_NAME = 60;

    /** What the user typed to add a network; {@code chainId} 0 means "take the node's". */
    public record NewNetwork(String name, String rpcUrl, long chainId, String currency, String explorerUrl) {
    }

    private final NetworkStore store;
    private final RpcSecrets secrets;
    private final Sandbox sandbox;

    public Networks(NetworkStore store, RpcSecrets secrets, Sandbox sandbox) {
        this.store = store;
        this.secrets = secrets;
        this.sandbox = sandbox;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** Presets first (in their order), then custom networks in the order they were added. */
    public List<Network> all() {
        List<Network> out = new ArrayList<>(NetworkPresets.ALL);
        store.all().forEach(s -> out.add(s.network()));
        return out;
    }

    public boolean isCustom(Network n) {
        return NetworkPresets.byId(n.id()).isEmpty();
    }

    public boolean rpcInVault(Network n) {
        return store.byId(n.id()).map(NetworkStore.Stored::rpcInVault).orElse(false);
    }

    public Optional<Network> byId(String id) {
        return NetworkPresets.byId(id).or(() -> store.byId(id).map(NetworkStore.Stored::network));
    }

    /** Finds a network by id, by name (case-insensitive) or by chain id given as a number. */
    public Network find(String idOrName) {
        String q = idOrName == null ? "" : idOrName.strip();
        Optional<Network> hit = byId(q.toLowerCase(Locale.ROOT))
                .or(() -> all().stream().filter(n -> n.name().equalsIgnoreCase(q)).findFirst());
        if (hit.isEmpty() && q.matches("\\d{1,12}")) {
            long chain = Long.parseLong(q);
            hit = all().stream().filter(n -> n.chainId() == chain).findFirst();
        }
        return hit.orElseThrow(() -> new AtelierException("No network called \"" + abbreviate(q) + "\". "
                + "Run 'atelier network list' to see them, or add it with 'atelier network add'."));
    }

    /** The URL to send RPC calls to, or a message saying why there is none. */
    public String endpoint(Network n) {
        if (n.id().equals(NetworkPresets.SANDBOX.id())) {
            SandboxStatus s = sandbox.status();
            if (!s.running()) {
                throw new AtelierException("The local sandbox is not running. Start it on the Networks screen or with "
                        + "'atelier sandbox start'.");
            }
            return s.rpcUrl();
        }
        Optional<NetworkStore.Stored> stored = store.byId(n.id());
        if (stored.isPresent() && stored.get().rpcInVault()) {
            return secrets.get(stored.get().rpcSecret()).orElseThrow(() -> new AtelierException("The RPC URL of "
                    + n.name() + " is kept in the vault. Unlock the vault on the Wallet screen, then try again."));
        }
        if (n.rpcUrl().isBlank()) {
            throw new AtelierException(n.name() + " has no RPC URL. Add a custom network with your own endpoint.");
        }
        return n.rpcUrl();
    }

    public EthRpc rpc(Network n) {
        return new EthRpc(new RpcClient(endpoint(n)));
    }

    public EthRpc rpc(Network n, RpcClient.Policy policy) {
        return new EthRpc(new RpcClient(endpoint(n), policy));
    }

    /** One round trip for latency, then the head; reports a chain mismatch instead of throwing. */
    public ConnectionReport test(Network n) {
        String url = endpoint(n);
        EthRpc rpc = new EthRpc(new RpcClient(url, RpcClient.Policy.DEFAULT.withAttempts(1)));
        long t0 = System.nanoTime();
        long chain = rpc.chainId();
        Duration latency = Duration.ofNanos(System.nanoTime() - t0);
        EthRpc.Head head = rpc.latestBlock();
        FeeSuggestion fees;
        try {
            fees = FeeOracle.suggest(rpc);
        } catch (AtelierException e) {
            fees = null; // some endpoints lack eth_feeHistory; the connection itself is fine
        }
        return new ConnectionReport(RpcUrls.display(url), chain, n.chainId(), head.number(), head.timestamp(), latency, fees);
    }

    /**
     * Checks the node, then saves the network. The chain id the user gave must match the node's;
     * without one, the node's is used. A URL with an API key goes to the vault (see {@link RpcSecrets}).
     */
    public Network add(NewNetwork spec) {
        String name = spec.name() == null ? "" : spec.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new AtelierException("Give the network a name of 1 to " + MAX_NAME + " characters.");
        }
        String id = slug(name);
        if (id.isEmpty()) {
            throw new AtelierException("The network name needs at least one letter or digit.");
        }
        if (byId(id).isPresent() || all().stream().anyMatch(n -> n.name().equalsIgnoreCase(name))) {
            throw new AtelierException("A network called \"" + name + "\" already exists. Choose another name.");
        }
        String url = spec.rpcUrl() == null ? "" : spec.rpcUrl().strip();
        RpcUrls.parse(url);
        String explorer = spec.explorerUrl() == null ? "" : spec.explorerUrl().strip();
        if (!explorer.isEmpty()) {
            try {
                RpcUrls.parse(explorer);
            } catch (AtelierException e) {
                throw new AtelierException("The explorer URL must start with http:// or https://, like https://etherscan.io.");
            }
            explorer = explorer.replaceAll("/+$", "");
        }
        if (spec.chainId() < 0) {
            throw new AtelierException("A chain id is a positive number, like 1 for Ethereum or 137 for Polygon.");
        }
        boolean secret = RpcUrls.embedsSecret(url);
        if (secret && !secrets.available()) {
            RpcSecrets.NONE.put(id, url); // throws the explanation; nothing is saved
        }
        long nodeChain = new EthRpc(new RpcClient(url, RpcClient.Policy.DEFAULT.withAttempts(2))).chainId();
        if (spec.chainId() != 0 && spec.chainId() != nodeChain) {
            throw new AtelierException("The node at " + RpcUrls.display(url) + " is on chain " + nodeChain
                    + describeChain(nodeChain) + ", not " + spec.chainId() + describeChain(spec.chainId())
                    + ". Check the RPC URL and the chain id; nothing was saved.");
        }
        Optional<Network> preset = NetworkPresets.byChainId(nodeChain);
        String currency = spec.currency() == null || spec.currency().isBlank()
                ? preset.map(Network::currency).orElse("ETH") : spec.currency().strip();
        if (!currency.matches("[A-Za-z0-9.]{1,10}")) {
            throw new AtelierException("The currency symbol must be 1 to 10 letters or digits, like ETH or POL.");
        }
        if (explorer.isEmpty()) {
            explorer = preset.map(Network::explorerUrl).orElse("");
        }
        boolean testnet = preset.map(Network::testnet).orElse(nodeChain == SandboxStatus.CHAIN_ID);
        Network n = new Network(id, name, nodeChain, currency, secret ? "" : url, explorer, testnet);
        String secretName = secret ? "rpc-url:" + id : null;
        if (secret) {
            secrets.put(secretName, url);
        }
        try {
            store.insert(n, secretName);
        } catch (RuntimeException e) {
            if (secret) {
                secrets.remove(secretName);
            }
            throw e;
        }
        return n;
    }

    /** Removes a custom network (presets cannot be removed). */
    public void remove(Network n) {
        if (!isCustom(n)) {
            throw new AtelierException(n.name() + " is a built-in network and cannot be removed.");
        }
        Optional<NetworkStore.Stored> stored = store.byId(n.id());
        if (stored.isPresent() && stored.get().rpcInVault()) {
            if (!secrets.available()) {
                throw new AtelierException("The RPC URL of " + n.name() + " is kept in the vault. Unlock the vault first, "
                        + "so its API key is removed with it.");
            }
            secrets.remove(stored.get().rpcSecret());
        }
        store.delete(n.id());
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
    }

    private static String describeChain(long chainId) {
        return NetworkPresets.byChainId(chainId).map(n -> " (" + n.name() + ")").orElse("");
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
