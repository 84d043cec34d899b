package dev.atelier.chain;

import java.util.List;
import java.util.Optional;

/** The networks Atelier knows out of the box. Public RPC URLs need no API key. */
public final class NetworkPresets {
    public static final Network SANDBOX = new Network("sandbox", "Local sandbox", 31337, "ETH", "", "", true);

    public static final List<Network> ALL = List.of(
            new Network("ethereum", "Ethereum", 1, "ETH", "https://ethereum-rpc.publicnode.com", "https://etherscan.io", false),
            new Network("sepolia", "Sepolia", 11155111, "ETH", "https://ethereum-sepolia-rpc.publicnode.com", "https://sepolia.etherscan.io", true),
            new Network("polygon", "Polygon", 137, "POL", "https://polygon-rpc.com", "https://polygonscan.com", false),
            new Network("amoy", "Polygon Amoy", 80002, "POL", "https://rpc-amoy.polygon.technology", "https://amoy.polygonscan.com", true),
            new Network("avalanche", "Avalanche C-Chain", 43114, "AVAX", "https://api.avax.network/ext/bc/C/rpc", "https://snowtrace.io", false),
            new Network("fuji", "Avalanche Fuji", 43113, "AVAX", "https://api.avax-test.network/ext/bc/C/rpc", "https://testnet.snowtrace.io", true),
            new Network("base", "Base", 8453, "ETH", "https://mainnet.base.org", "https://basescan.org", false),
            new Network("base-sepolia", "Base Sepolia", 84532, "ETH", "https://sepolia.base.org", "https://sepolia.basescan.org", true),
            SANDBOX);

    private NetworkPresets() {
    }

    public static Optional<Network> byId(String id) {
        return ALL.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public static Optional<Network> byChainId(long chainId) {
        return ALL.stream().filter(n -> n.chainId() == chainId).findFirst();
    }
}
