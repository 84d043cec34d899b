package dev.atelier.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.chain.RpcUrls;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lean Ethereum JSON-RPC 2.0 client over HTTP (see docs/decisions/0011-lean-json-rpc-client.md):
 * every reply is bounded in size before it is parsed, every call has a deadline, and transport
 * failures (node down, timeout, 429/502/503/504) are retried with exponential backoff before they
 * surface as an {@link RpcException} written in plain words. The endpoint URL may carry an API key,
 * so it is never logged or shown: messages name the host only.
 */
public final class RpcClient {
    private static final Logger LOG = LoggerFactory.getLogger(RpcClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** How patient the client is. */
    public record Policy(Duration callTimeout, int attempts, Duration firstBackoff, int maxReplyBytes) {
        /** Interactive use: 15 s per call, 3 attempts, 250 ms then 500 ms between them, replies up to 8 MiB. */
        public static final Policy DEFAULT = new Policy(Duration.ofSeconds(15), 3, Duration.ofMillis(250), 8 << 20);
        /** One quick attempt (status checks, "is the sandbox up?"). */
        public static final Policy QUICK = new Policy(Duration.ofSeconds(3), 1, Duration.ZERO, 1 << 20);

        public Policy {
            if (attempts < 1 || maxReplyBytes < 1024) {
                throw new IllegalArgumentException("attempts >= 1 and maxReplyBytes >= 1024");
            }
        }

        public Policy withAttempts(int n) {
            return new Policy(callTimeout, n, firstBackoff, maxReplyBytes);
        }
    }

    private final URI endpoint;
    private final String display;
    private final Policy policy;
    private final AtomicLong ids = new AtomicLong();

    public RpcClient(String url, Policy policy) {
        this.endpoint = RpcUrls.parse(url);
        this.display = RpcUrls.display(url);
        this.policy = policy;
    }

    public RpcClient(String url) {
        this(url, Policy.DEFAULT);
    }

    /** The endpoint as it may be shown: scheme, host and port only. */
    public String display() {
        return display;
    }

    public RpcClient withPolicy(Policy other) {
        return new RpcClient(endpoint.toString(), other);
    }

    /** Calls {@code method} with positional params; returns the {@code result} (may be JSON null). */
    public JsonNode call(String method, Object... params) {
        ObjectNode req = JSON.createObjectNode();
        req.put("jsonrpc", "2.0");
        req.put("id", ids.incrementAndGet());
        req.put("method", method);
        ArrayNode p = req.putArray("params");
        for (Object o : params) {
            p.add(JSON.valueToTree(o));
        }
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(req);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        RpcException last = null;
        long backoff = policy.firstBackoff().toMillis();
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            try {
                return once(method, body);
            } catch (RpcException e) {
                if (!e.unreachable()) {
                    throw e;
                }
                last = e;
                if (attempt < policy.attempts()) {
                    LOG.debug("{} to {} failed (attempt {}/{}): {}", method, display, attempt, policy.attempts(), e.getMessage());
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 8_000);
                }
            }
        }
        throw last;
    }

    private JsonNode once(String method, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(policy.callTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<InputStream> response;
        byte[] reply;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                reply = in.readNBytes(policy.maxReplyBytes() + 1);
            }
        } catch (HttpTimeoutException e) {
            throw RpcException.unreachable("The node at " + display + " did not answer " + method + " within "
                    + policy.callTimeout().toSeconds() + " s. Check your connection or try another RPC endpoint.", e);
        } catch (ConnectException e) {
            throw RpcException.unreachable("Cannot connect to the node at " + display
                    + ". Is it running, and is the URL right?", e);
        } catch (IOException e) {
            throw RpcException.unreachable("The connection to " + display + " failed (" + e.getClass().getSimpleName()
                    + "). Check your connection and try again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RpcException.unreachable("Interrupted while waiting for " + display + ".", e);
        }
        int status = response.statusCode();
        if (status == 429 || status == 502 || status == 503 || status == 504) {
            throw RpcException.unreachable("The node at " + display + " is busy or unavailable (HTTP " + status
                    + "). Atelier retries; if it persists, try later or use another RPC endpoint.", null);
        }
        if (reply.length > policy.maxReplyBytes()) {
            throw RpcException.badReply("The node at " + display + " sent a reply to " + method + " larger than "
                    + (policy.maxReplyBytes() >> 20) + " MiB; Atelier refuses to read it. Ask for a smaller range.");
        }
        if (status == 401 || status == 403) {
            throw RpcException.badReply("The node at " + display + " refused access (HTTP " + status
                    + "). Check the API key in the RPC URL.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(reply);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw RpcException.badReply("The address " + display + " answered HTTP " + status
                    + " but not with JSON-RPC. Is it an Ethereum RPC endpoint?");
        }
        JsonNode error = root.get("error");
        if (error != null && !error.isNull()) {
            int code = error.path("code").asInt();
            String msg = error.path("message").asText("");
            JsonNode data = error.get("data");
            if (data != null && data.isTextual() && !msg.contains(data.asText())) {
                msg = msg + " (" + data.asText() + ")";
            }
            throw RpcException.nodeError(display, method, code, msg);
        }
        if (!root.has("result")) {
            throw RpcException.badReply("The node at " + display + " answered " + method + " without a result.");
        }
        return root.get("result");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RpcException.unreachable("Interrupted while waiting to retry.", e);
        }
    }

}
