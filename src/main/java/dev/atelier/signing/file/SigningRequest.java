package dev.atelier.signing.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.signing.Eip191;
import dev.atelier.signing.Hex;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxRequest;
import dev.atelier.signing.TxRequestParser;
import dev.atelier.signing.TypedData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A signing request file (format {@code atelier-signing-request}, version 1; docs/signing-files.md):
 * the network, a purpose, one or more items (transactions, EIP-191 messages, EIP-712 typed data)
 * and a digest over all of it. Made on the online machine, carried to the offline signer.
 */
public final class SigningRequest {
    public static final String FORMAT = "atelier-signing-request";
    public static final int MAX_ITEMS = 100_000;

    private final ObjectNode json;
    private final long chainId;
    private final String networkName;
    private final String purpose;
    private final List<SigningItem> items;
    private final String digest;

    private SigningRequest(ObjectNode json, long chainId, String networkName, String purpose, List<SigningItem> items) {
        this.json = json;
        this.chainId = chainId;
        this.networkName = networkName;
        this.purpose = purpose;
        this.items = List.copyOf(items);
        this.digest = json.get("digest").asText();
    }

    /** Reads and checks a request: format, version, digest, and every item's validity. */
    public static SigningRequest parse(JsonNode root) {
        SigningFiles.checkFormat(root, FORMAT, "signing request");
        ObjectNode obj = (ObjectNode) root;
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("format", "version", "network", "purpose", "createdAt", "items", "digest").contains(f)) {
                throw new AtelierException("The signing request has an unknown field \"" + SigningFiles.abbreviate(f) + "\".");
            }
        }
        SigningFiles.checkDigest(obj, "signing request");
        JsonNode net = obj.get("network");
        if (net == null || !net.isObject() || net.get("chainId") == null) {
            throw new AtelierException("The signing request does not say which network it is for (network.chainId).");
        }
        long chainId = dev.atelier.signing.Quantity.parse(net.get("chainId"), "network.chainId", 63).longValueExact();
        String name = net.path("name").asText("");
        JsonNode itemsNode = obj.get("items");
        if (itemsNode == null || !itemsNode.isArray() || itemsNode.isEmpty()) {
            throw new AtelierException("The signing request has no items to sign.");
        }
        if (itemsNode.size() > MAX_ITEMS) {
            throw new AtelierException("The signing request has " + itemsNode.size() + " items; at most " + MAX_ITEMS + " are accepted.");
        }
        List<SigningItem> items = new ArrayList<>(itemsNode.size());
        for (int i = 0; i < itemsNode.size(); i++) {
            try {
                items.add(item(itemsNode.get(i), chainId));
            } catch (AtelierException e) {
                throw new AtelierException("Item " + (i + 1) + " of the signing request: " + e.userMessage(), e);
            }
        }
        return new SigningRequest(obj, chainId, name, obj.path("purpose").asText(""), items);
    }

    /** Builds a request (and its digest) from item JSON, e.g. for a batch made on this machine. */
    public static SigningRequest create(long chainId, String networkName, String purpose, List<? extends JsonNode> itemJson) {
        ObjectNode root = SigningFiles.JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ObjectNode net = root.putObject("network");
        net.put("chainId", chainId);
        net.put("name", networkName);
        root.put("purpose", purpose);
        root.put("createdAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        ArrayNode items = root.putArray("items");
        itemJson.forEach(items::add);
        root.put("digest", SigningFiles.digest(root));
        return parse(root);
    }

    /** Item JSON for a transaction request. */
    public static ObjectNode txItem(JsonNode ethSignTransaction) {
        ObjectNode o = SigningFiles.JSON.createObjectNode();
        o.put("kind", "transaction");
        o.set("transaction", ethSignTransaction);
        return o;
    }

    /** Item JSON for an EIP-191 message (text, or bytes when {@code text} is null). */
    public static ObjectNode messageItem(Address from, String text, byte[] bytes) {
        ObjectNode o = SigningFiles.JSON.createObjectNode();
        o.put("kind", "message");
        if (from != null) {
            o.put("from", from.toChecksumHex());
        }
        if (text != null) {
            o.put("text", text);
        } else {
            o.put("hex", Hex.of(bytes));
        }
        return o;
    }

    /** Item JSON for EIP-712 typed data. */
    public static ObjectNode typedDataItem(Address from, JsonNode typedData) {
        ObjectNode o = SigningFiles.JSON.createObjectNode();
        o.put("kind", "typedData");
        if (from != null) {
            o.put("from", from.toChecksumHex());
        }
        o.set("typedData", typedData);
        return o;
    }

    private static SigningItem item(JsonNode n, long chainId) {
        if (!n.isObject()) {
            throw new AtelierException("an item must be a JSON object with a \"kind\".");
        }
        String kind = n.path("kind").asText("");
        switch (kind) {
            case "transaction" -> {
                only(n, Set.of("kind", "transaction"));
                TxRequest tx = TxRequestParser.parse(n.get("transaction"));
                if (tx.chainId() != chainId) {
                    throw new AtelierException("the transaction is for chainId " + tx.chainId() + " but the request is for chainId "
                            + chainId + "; refusing the contradiction.");
                }
                return new SigningItem.Tx(tx);
            }
            case "message" -> {
                only(n, Set.of("kind", "from", "text", "hex"));
                Address from = from(n);
                boolean hasText = n.hasNonNull("text");
                boolean hasHex = n.hasNonNull("hex");
                if (hasText == hasHex) {
                    throw new AtelierException("a message item needs exactly one of \"text\" and \"hex\".");
                }
                byte[] msg = hasText ? n.get("text").asText().getBytes(StandardCharsets.UTF_8)
                        : Hex.parse(n.get("hex").asText(), "hex", Eip191.MAX_MESSAGE_BYTES);
                if (msg.length > Eip191.MAX_MESSAGE_BYTES) {
                    throw new AtelierException("the message is larger than " + Eip191.MAX_MESSAGE_BYTES + " bytes.");
                }
                return new SigningItem.Message(from, msg, hasText);
            }
            case "typedData" -> {
                only(n, Set.of("kind", "from", "typedData"));
                return new SigningItem.Typed(from(n), TypedData.parse(n.get("typedData")));
            }
            default -> throw new AtelierException("unknown kind \"" + SigningFiles.abbreviate(kind)
                    + "\"; expected transaction, message or typedData.");
        }
    }

    private static void only(JsonNode n, Set<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new AtelierException("unknown field \"" + SigningFiles.abbreviate(f) + "\" in a " + n.path("kind").asText() + " item.");
            }
        }
    }

    private static Address from(JsonNode n) {
        JsonNode f = n.get("from");
        if (f == null || f.isNull()) {
            return null;
        }
        try {
            return Address.parse(f.asText());
        } catch (AtelierException e) {
            throw new AtelierException("from: " + e.userMessage(), e);
        }
    }

    public long chainId() {
        return chainId;
    }

    public String networkName() {
        return networkName;
    }

    public String purpose() {
        return purpose;
    }

    public List<SigningItem> items() {
        return items;
    }

    /** 0x + 64 hex: keccak256 of the canonical JSON without the digest member. */
    public String digest() {
        return digest;
    }

    public ObjectNode json() {
        return json.deepCopy();
    }

    public byte[] toBytes() {
        return SigningFiles.pretty(json);
    }
}
