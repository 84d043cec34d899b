package dev.atelier.chain.rpc;

import dev.atelier.common.AtelierException;

/**
 * A JSON-RPC call that failed: either the node answered with an error object ({@link #code()} and
 * the node's own text in {@link #nodeMessage()}), or it could not be reached ({@link #unreachable()}).
 * The user message is plain words; the node's text is kept for callers that match on it.
 */
public final class RpcException extends AtelierException {
    private static final long serialVersionUID = 1L;
    private final int code;
    private final String nodeMessage;
    private final boolean unreachable;

    private RpcException(String userMessage, int code, String nodeMessage, boolean unreachable, Throwable cause) {
        super(userMessage, cause);
        this.code = code;
        this.nodeMessage = nodeMessage == null ? "" : nodeMessage;
        this.unreachable = unreachable;
    }

    /** The node answered with a JSON-RPC error. */
    public static RpcException nodeError(String endpoint, String method, int code, String nodeMessage) {
        return new RpcException(NodeErrors.explain(endpoint, method, nodeMessage), code, nodeMessage, false, null);
    }

    /** The node could not be reached, timed out, or answered with something that is not JSON-RPC. */
    public static RpcException unreachable(String userMessage, Throwable cause) {
        return new RpcException(userMessage, 0, "", true, cause);
    }

    /** A reply that breaks the JSON-RPC contract (too big, malformed, wrong shape). */
    public static RpcException badReply(String userMessage) {
        return new RpcException(userMessage, 0, "", false, null);
    }

    public int code() {
        return code;
    }

    public String nodeMessage() {
        return nodeMessage;
    }

    /** True when the node was down or did not answer in time: worth retrying later. */
    public boolean unreachable() {
        return unreachable;
    }

    /** Case-insensitive match on the node's own error text (nodes word the same error differently). */
    public boolean nodeSaid(String fragment) {
        return nodeMessage.toLowerCase(java.util.Locale.ROOT).contains(fragment.toLowerCase(java.util.Locale.ROOT));
    }
}
