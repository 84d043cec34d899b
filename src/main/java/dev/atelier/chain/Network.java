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

    /** The explorer page of a transaction, or empty when the network has no explorer. */
    public String txUrl(String hash) {
        return explorerUrl.isBlank() ? "" : explorerUrl + "/tx/" + hash;
    }

    /** The explorer page of an address or contract, or empty when the network has no explorer. */
    public String addressUrl(String address) {
        return explorerUrl.isBlank() ? "" : explorerUrl + "/address/" + address;
    }

    public boolean isSandbox() {
        return "sandbox".equals(id);
    }
}
