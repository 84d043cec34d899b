package dev.atelier.chain.rpc;

import java.util.Locale;

/**
 * Turns the node's error text (geth, anvil, erigon, nethermind and hosted providers word things
 * differently) into a sentence a creator can act on. The node's original text is appended in
 * brackets so nothing is hidden.
 */
final class NodeErrors {
    private NodeErrors() {
    }

    static String explain(String endpoint, String method, String nodeMessage) {
        String m = nodeMessage == null ? "" : nodeMessage.toLowerCase(Locale.ROOT);
        String plain;
        if (m.contains("nonce too low")) {
            plain = "The node says this transaction's nonce was already used: an earlier transaction from this account "
                    + "has been mined in its place.";
        } else if (m.contains("nonce too high")) {
            plain = "The node says this transaction's nonce is ahead of the account: an earlier transaction is missing.";
        } else if (m.contains("insufficient funds")) {
            plain = "The account does not hold enough funds to pay for this transaction (value plus the maximum fee). "
                    + "Top it up, or lower the fee or the value.";
        } else if (m.contains("replacement transaction underpriced") || m.contains("replacement fee too low")) {
            plain = "A transaction with the same nonce is already waiting, and this one does not pay enough more to "
                    + "replace it. Raise both fees by at least 10 %.";
        } else if (m.contains("already known") || m.contains("already imported")) {
            plain = "The node already has this transaction.";
        } else if (m.contains("intrinsic gas too low") || m.contains("gas too low")) {
            plain = "The gas limit is too low for this transaction. Raise the gas limit.";
        } else if (m.contains("fee cap less than block base fee") || m.contains("max fee per gas less than block base fee")
                || m.contains("feecap") && m.contains("basefee")) {
            plain = "The maximum fee is below the network's current base fee. Choose a higher fee (normal or fast).";
        } else if (m.contains("invalid chain id") || m.contains("chain id") && m.contains("mismatch")) {
            plain = "This transaction was signed for another chain than the node's.";
        } else if (m.contains("execution reverted")) {
            plain = "The contract refused the call (it reverted).";
        } else if (m.contains("rate limit") || m.contains("too many requests") || m.contains("exceeded")) {
            plain = "The RPC provider is rate-limiting requests. Wait a moment, or use your own RPC endpoint.";
        } else if (m.contains("method not found") || m.contains("not supported") || m.contains("does not exist")) {
            plain = "This RPC endpoint does not support " + method + ".";
        } else {
            plain = "The node at " + endpoint + " refused " + method + ".";
        }
        return plain + " [node: " + abbreviate(nodeMessage) + "]";
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 200 ? oneLine.substring(0, 197) + "..." : oneLine;
    }
}
