package dev.atelier.chain;

/**
 * An EVM network: a stable id used in settings and files, a display name, the chainId that every
 * signed transaction commits to, the currency symbol, a public RPC endpoint (may be empty) and an
 * explorer base URL (may be empty).
 */
public record Network(String id, String name, long chainId, String currency, String rpcUrl, String explorerUrl,
                      boolean testnet) {
    public String label() {
        return name + " (" + chainId + ")";
    }
}
