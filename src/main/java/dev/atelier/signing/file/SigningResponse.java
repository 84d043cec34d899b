package dev.atelier.signing.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Secp256k1;
import dev.atelier.crypto.Signature;
import dev.atelier.signing.Hex;
import dev.atelier.signing.Quantity;
import dev.atelier.signing.RawTxDecoder;
import dev.atelier.signing.SigningItem;
import dev.atelier.signing.TxEncoder;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A signed-response file (format {@code atelier-signing-response}, version 1): for every request
 * item, in order, the raw transaction and its hash, or the signature; it names the request it
 * answers by the request's digest. Reading one re-checks every result: raw transactions must decode
 * and recover to their sender, signatures must recover to their signer.
 */
public final class SigningResponse {
    public static final String FORMAT = "atelier-signing-response";

    /** One signed item. */
    public sealed interface Result {
        String kind();

        Address from();
    }

    /** A signed transaction: what {@code eth_sendRawTransaction} takes. */
    public record TxResult(Address from, BigInteger nonce, String hash, String raw) implements Result {
        @Override
        public String kind() {
            return "transaction";
        }
    }

    /** A 65-byte signature (r || s || v, v = 27/28) over {@code digest}. */
    public record SignatureResult(String kind, Address from, String digest, String signature) implements Result {
    }

    private final ObjectNode json;
    private final String requestDigest;
    private final long chainId;
    private final List<Result> results;

    private SigningResponse(ObjectNode json, String requestDigest, long chainId, List<Result> results) {
        this.json = json;
        this.requestDigest = requestDigest;
        this.chainId = chainId;
        this.results = List.copyOf(results);
    }

    public static SigningResponse create(SigningRequest request, List<? extends Result> results) {
        if (results.size() != request.items().size()) {
            throw new IllegalArgumentException("one result per request item");
        }
        ObjectNode root = SigningFiles.JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("requestDigest", request.digest());
        ObjectNode net = root.putObject("network");
        net.put("chainId", request.chainId());
        net.put("name", request.networkName());
        root.put("signedAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        ArrayNode arr = root.putArray("results");
        for (Result r : results) {
            ObjectNode o = arr.addObject();
            o.put("kind", r.kind());
            o.put("from", r.from().toChecksumHex());
            if (r instanceof TxResult t) {
                o.put("nonce", Quantity.toHex(t.nonce()));
                o.put("hash", t.hash());
                o.put("raw", t.raw());
            } else {
                SignatureResult s = (SignatureResult) r;
                o.put("digest", s.digest());
                o.put("signature", s.signature());
            }
        }
        root.put("digest", SigningFiles.digest(root));
        return new SigningResponse(root, request.digest(), request.chainId(), results.stream().map(Result.class::cast).toList());
    }

    /** Reads and re-verifies a response (for the online machine, before broadcasting). */
    public static SigningResponse parse(JsonNode root) {
        SigningFiles.checkFormat(root, FORMAT, "signed response");
        ObjectNode obj = (ObjectNode) root;
        SigningFiles.checkDigest(obj, "signed response");
        String requestDigest = obj.path("requestDigest").asText("");
        if (!requestDigest.matches("0x[0-9a-fA-F]{64}")) {
            throw new AtelierException("The signed response does not name the request it answers (requestDigest).");
        }
        long chainId = Quantity.parse(obj.path("network").get("chainId"), "network.chainId", 63).longValueExact();
        JsonNode arr = obj.get("results");
        if (arr == null || !arr.isArray() || arr.size() > SigningRequest.MAX_ITEMS) {
            throw new AtelierException("The signed response has no results list.");
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode r = arr.get(i);
            String where = "Result " + (i + 1) + " of the signed response";
            Address from = Address.parse(r.path("from").asText(""));
            String kind = r.path("kind").asText("");
            if (kind.equals("transaction")) {
                byte[] raw = Hex.parse(r.path("raw").asText(null), where + " raw", RawTxDecoder.MAX_RAW_BYTES);
                RawTxDecoder.Decoded d = RawTxDecoder.decodeSigned(raw);
                if (!d.from().equals(from)) {
                    throw new AtelierException(where + " is signed by " + d.from() + ", not by " + from + " as it claims.");
                }
                if (!Hex.of(d.hash()).equalsIgnoreCase(r.path("hash").asText(""))) {
                    throw new AtelierException(where + ": the hash does not match the raw transaction.");
                }
                if (d.tx().chainId() != chainId) {
                    throw new AtelierException(where + " is for chainId " + d.tx().chainId() + ", not " + chainId + ".");
                }
                results.add(new TxResult(from, d.tx().nonce(), Hex.of(d.hash()), Hex.of(raw)));
            } else if (kind.equals("message") || kind.equals("typedData")) {
                byte[] digest = Hex.parseFixed(r.path("digest").asText(null), where + " digest", 32);
                byte[] sig = Hex.parseFixed(r.path("signature").asText(null), where + " signature", 65);
                int v = sig[64] & 0xff;
                if (v != 27 && v != 28) {
                    throw new AtelierException(where + ": the signature's v must be 27 or 28.");
                }
                Signature s = new Signature(new BigInteger(1, java.util.Arrays.copyOfRange(sig, 0, 32)),
                        new BigInteger(1, java.util.Arrays.copyOfRange(sig, 32, 64)), v - 27);
                Address signer;
                try {
                    signer = Secp256k1.recoverAddress(digest, s);
                } catch (IllegalArgumentException e) {
                    throw new AtelierException(where + ": the signature is damaged.", e);
                }
                if (!signer.equals(from)) {
                    throw new AtelierException(where + " was signed by " + signer + ", not by " + from + " as it claims.");
                }
                results.add(new SignatureResult(kind, from, Hex.of(digest), Hex.of(sig)));
            } else {
                throw new AtelierException(where + " has an unknown kind \"" + SigningFiles.abbreviate(kind) + "\".");
            }
        }
        return new SigningResponse(obj, requestDigest, chainId, results);
    }

    /**
     * Checks that this response answers {@code request}, item by item: the same request digest and
     * network, one result per item and of its kind, each transaction exactly the one the item asked
     * for (same signing hash) and each signature over exactly the item's digest, by the account the
     * item names. The request digest alone is only a label (anyone can rewrite it and recompute the
     * response's own digest); this is what stops a response made for another request, or one that
     * smuggles a signature over something else, from being used. Call it, after {@link #parse},
     * before broadcasting anything from a response.
     */
    public void checkAnswers(SigningRequest request) {
        if (!requestDigest.equalsIgnoreCase(request.digest())) {
            throw new AtelierException("This response answers a different request (digest " + requestDigest.substring(0, 10)
                    + "…, expected " + request.digest().substring(0, 10) + "…).");
        }
        if (chainId != request.chainId()) {
            throw new AtelierException("This response is for chainId " + chainId + " but the request is for chainId "
                    + request.chainId() + ".");
        }
        List<SigningItem> items = request.items();
        if (results.size() != items.size()) {
            throw new AtelierException("This response has " + results.size() + " results for a request of " + items.size()
                    + " items; a response answers every item, in order.");
        }
        for (int i = 0; i < items.size(); i++) {
            checkAnswer(i, items.get(i), results.get(i));
        }
    }

    private static void checkAnswer(int i, SigningItem item, Result result) {
        String where = "Result " + (i + 1) + " of the signed response";
        if (!item.kind().equals(result.kind())) {
            throw new AtelierException(where + " is a " + result.kind() + " but item " + (i + 1) + " of the request is a "
                    + item.kind() + ".");
        }
        if (item.from().isPresent() && !item.from().get().equals(result.from())) {
            throw new AtelierException(where + " is signed by " + result.from() + " but the request asked for "
                    + item.from().get() + ".");
        }
        if (item instanceof SigningItem.Tx t) {
            RawTxDecoder.Decoded d = RawTxDecoder.decodeSigned(Hex.parse(((TxResult) result).raw(), where + " raw",
                    RawTxDecoder.MAX_RAW_BYTES));
            if (!java.util.Arrays.equals(TxEncoder.signingHash(d.tx()), TxEncoder.signingHash(t.tx()))) {
                throw new AtelierException(where + " is not the transaction item " + (i + 1) + " of the request asked for "
                        + "(nonce " + d.tx().nonce() + ", to " + (d.tx().to() == null ? "nothing" : d.tx().to())
                        + "); refusing the response.");
            }
            return;
        }
        byte[] expected = item instanceof SigningItem.Message m ? m.digest() : ((SigningItem.Typed) item).data().digest();
        if (!Hex.of(expected).equalsIgnoreCase(((SignatureResult) result).digest())) {
            throw new AtelierException(where + " signs something other than item " + (i + 1) + " of the request "
                    + "(its digest differs); refusing the response.");
        }
    }

    /** {@link #parse} then {@link #checkAnswers}: a response verified against the request it must answer. */
    public static SigningResponse parseAnswer(JsonNode root, SigningRequest request) {
        SigningResponse r = parse(root);
        r.checkAnswers(request);
        return r;
    }

    public String requestDigest() {
        return requestDigest;
    }

    public long chainId() {
        return chainId;
    }

    public List<Result> results() {
        return results;
    }

    public String digest() {
        return json.get("digest").asText();
    }

    public ObjectNode json() {
        return json.deepCopy();
    }

    public byte[] toBytes() {
        return SigningFiles.pretty(json);
    }
}
