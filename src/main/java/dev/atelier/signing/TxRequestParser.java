package dev.atelier.signing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.common.AtelierException;
import dev.atelier.crypto.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the JSON-RPC {@code eth_signTransaction} object into a {@link TxRequest}. Offline signing
 * cannot look anything up, so {@code chainId}, {@code nonce}, {@code gas} and the fee fields are
 * mandatory; contradictions are refused rather than guessed at. Messages name the field and say
 * what to write instead.
 */
public final class TxRequestParser {
    /** The network's transaction size limit is 128 KiB; calldata cannot be larger. */
    public static final int MAX_DATA_BYTES = 128 * 1024;
    public static final int MAX_ACCESS_LIST_ENTRIES = 1024;
    public static final int MAX_STORAGE_KEYS = 4096;
    /** EIP-2294: chain ids above floor(MAX_UINT64 / 2) - 36 cannot be used in an EIP-155 v. */
    public static final long MAX_CHAIN_ID = Long.MAX_VALUE - 36;

    private static final Set<String> KNOWN = Set.of("from", "to", "value", "data", "input", "gas", "gasLimit",
            "gasPrice", "maxFeePerGas", "maxPriorityFeePerGas", "nonce", "chainId", "type", "accessList");

    private TxRequestParser() {
    }

    public static TxRequest parse(JsonNode tx) {
        if (tx == null || !tx.isObject()) {
            throw new AtelierException("A transaction request must be a JSON object (eth_signTransaction), got "
                    + (tx == null ? "nothing" : tx.getNodeType().name().toLowerCase()) + ".");
        }
        for (Iterator<String> it = tx.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!KNOWN.contains(name)) {
                throw new AtelierException(unknownField(name));
            }
        }
        long chainId = chainId(tx);
        BigInteger nonce = Quantity.parse(required(tx, "nonce",
                "offline signing cannot ask the network for the next nonce"), "nonce", 64);
        if (nonce.equals(Quantity.UINT64_MAX)) {
            throw new AtelierException("nonce is 2^64-1, which EIP-2681 forbids.");
        }
        BigInteger gas = gas(tx);
        Address from = optionalAddress(tx, "from");
        Address to = to(tx);
        BigInteger value = present(tx, "value") ? Quantity.parse(tx.get("value"), "value", 256) : BigInteger.ZERO;
        byte[] data = data(tx);

        boolean hasGasPrice = present(tx, "gasPrice");
        boolean hasMaxFee = present(tx, "maxFeePerGas");
        boolean hasPriority = present(tx, "maxPriorityFeePerGas");
        boolean hasAccessList = present(tx, "accessList");
        TxType type = type(tx, hasGasPrice, hasMaxFee || hasPriority, hasAccessList);

        BigInteger gasPrice = null;
        BigInteger maxFee = null;
        BigInteger priority = null;
        switch (type) {
            case LEGACY, ACCESS_LIST -> {
                if (hasMaxFee || hasPriority) {
                    throw new AtelierException("A type " + type.hex() + " transaction pays gasPrice; it cannot carry "
                            + (hasMaxFee ? "maxFeePerGas" : "maxPriorityFeePerGas")
                            + ". Remove it, or use type 0x2 with maxFeePerGas and maxPriorityFeePerGas.");
                }
                if (!hasGasPrice) {
                    throw new AtelierException("gasPrice is missing: a type " + type.hex()
                            + " transaction needs it for offline signing.");
                }
                gasPrice = Quantity.parse(tx.get("gasPrice"), "gasPrice", 256);
                if (type == TxType.LEGACY && hasAccessList) {
                    throw new AtelierException("A type 0x0 (legacy) transaction has no access list. "
                            + "Use type 0x1 or 0x2, or remove accessList.");
                }
            }
            case DYNAMIC_FEE -> {
                if (hasGasPrice) {
                    throw new AtelierException("A type 0x2 (EIP-1559) transaction pays maxFeePerGas and "
                            + "maxPriorityFeePerGas; it cannot also carry gasPrice. Remove gasPrice, or use type 0x0.");
                }
                if (!hasMaxFee || !hasPriority) {
                    throw new AtelierException((hasMaxFee ? "maxPriorityFeePerGas" : "maxFeePerGas")
                            + " is missing: a type 0x2 transaction needs both maxFeePerGas and maxPriorityFeePerGas for offline signing.");
                }
                maxFee = Quantity.parse(tx.get("maxFeePerGas"), "maxFeePerGas", 256);
                priority = Quantity.parse(tx.get("maxPriorityFeePerGas"), "maxPriorityFeePerGas", 256);
                if (priority.compareTo(maxFee) > 0) {
                    throw new AtelierException("maxPriorityFeePerGas (" + priority + ") is higher than maxFeePerGas ("
                            + maxFee + "); the network rejects such a transaction.");
                }
            }
            default -> throw new IllegalStateException();
        }
        List<AccessListEntry> accessList = hasAccessList ? accessList(tx.get("accessList")) : List.of();
        BigInteger feeCeiling = gas.multiply(type == TxType.DYNAMIC_FEE ? maxFee : gasPrice);
        if (feeCeiling.bitLength() > 256 || value.add(feeCeiling).bitLength() > 256) {
            throw new AtelierException("gas × fee plus value exceeds 2^256: the transaction can never be paid for.");
        }
        return new TxRequest(type, chainId, nonce, from, to, value, data, gas, gasPrice, maxFee, priority, accessList);
    }

    private static String unknownField(String name) {
        Map<String, String> hints = Map.of(
                "blobVersionedHashes", "blob transactions (type 0x3) are not supported",
                "maxFeePerBlobGas", "blob transactions (type 0x3) are not supported",
                "authorizationList", "EIP-7702 transactions (type 0x4) are not supported",
                "hash", "a request to sign has no hash yet",
                "v", "the request must be unsigned", "r", "the request must be unsigned", "s", "the request must be unsigned");
        String hint = hints.get(name);
        return "Unknown field \"" + Hex.abbreviate(name) + "\" in the transaction request"
                + (hint != null ? ": " + hint + "." : ". Known fields: " + String.join(", ", new java.util.TreeSet<>(KNOWN)) + ".");
    }

    private static long chainId(JsonNode tx) {
        BigInteger id = Quantity.parse(required(tx, "chainId",
                "it binds the signature to one network so it cannot be replayed on another"), "chainId", 64);
        if (id.signum() == 0) {
            throw new AtelierException("chainId is 0; every network has a positive chain id (Ethereum is 1).");
        }
        if (id.compareTo(BigInteger.valueOf(MAX_CHAIN_ID)) > 0) {
            throw new AtelierException("chainId " + id + " is larger than EIP-155 signatures can carry.");
        }
        return id.longValueExact();
    }

    private static BigInteger gas(JsonNode tx) {
        boolean hasGas = present(tx, "gas");
        boolean hasLimit = present(tx, "gasLimit");
        if (!hasGas && !hasLimit) {
            throw new AtelierException("gas is missing: offline signing cannot estimate it. Add \"gas\" (or \"gasLimit\").");
        }
        BigInteger gas = hasGas ? Quantity.parse(tx.get("gas"), "gas", 64) : null;
        BigInteger limit = hasLimit ? Quantity.parse(tx.get("gasLimit"), "gasLimit", 64) : null;
        if (gas != null && limit != null && !gas.equals(limit)) {
            throw new AtelierException("gas (" + gas + ") and gasLimit (" + limit + ") disagree; give one of them.");
        }
        return gas != null ? gas : limit;
    }

    private static TxType type(JsonNode tx, boolean hasGasPrice, boolean hasDynamicFee, boolean hasAccessList) {
        if (present(tx, "type")) {
            BigInteger t = Quantity.parse(tx.get("type"), "type", 64);
            if (t.compareTo(BigInteger.TWO) > 0) {
                String what = t.intValue() == 3 ? " (blob transactions)" : t.intValue() == 4 ? " (EIP-7702)" : "";
                throw new AtelierException("type 0x" + t.toString(16) + what
                        + " is not supported; Atelier signs types 0x0, 0x1 and 0x2.");
            }
            return TxType.ofCode(t.intValue());
        }
        if (hasDynamicFee) {
            if (hasGasPrice) {
                throw new AtelierException("The request has both gasPrice and maxFeePerGas/maxPriorityFeePerGas. "
                        + "Give gasPrice for a legacy transaction or the two EIP-1559 fees, not both.");
            }
            return TxType.DYNAMIC_FEE;
        }
        if (hasGasPrice) {
            return hasAccessList ? TxType.ACCESS_LIST : TxType.LEGACY;
        }
        throw new AtelierException("The fee is missing: give maxFeePerGas and maxPriorityFeePerGas (EIP-1559), "
                + "or gasPrice. Offline signing cannot ask the network.");
    }

    private static Address to(JsonNode tx) {
        JsonNode n = tx.get("to");
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual() && (n.asText().isBlank() || n.asText().equals("0x"))) {
            throw new AtelierException("to is empty. Omit \"to\" (or set it to null) to create a contract; "
                    + "otherwise give the recipient's address.");
        }
        return address(n, "to");
    }

    private static Address optionalAddress(JsonNode tx, String field) {
        JsonNode n = tx.get(field);
        return n == null || n.isNull() ? null : address(n, field);
    }

    static Address address(JsonNode n, String field) {
        if (!n.isTextual()) {
            throw new AtelierException(field + " must be an address string (0x followed by 40 hex digits).");
        }
        try {
            return Address.parse(n.asText());
        } catch (AtelierException e) {
            throw new AtelierException(field + ": " + e.userMessage(), e);
        }
    }

    private static byte[] data(JsonNode tx) {
        byte[] data = present(tx, "data") ? bytes(tx.get("data"), "data") : null;
        byte[] input = present(tx, "input") ? bytes(tx.get("input"), "input") : null;
        if (data != null && input != null && !java.util.Arrays.equals(data, input)) {
            throw new AtelierException("data and input disagree; they are two names for the same calldata. Give one of them.");
        }
        return Objects.requireNonNullElse(data != null ? data : input, new byte[0]);
    }

    private static byte[] bytes(JsonNode n, String field) {
        if (!n.isTextual()) {
            throw new AtelierException(field + " must be a hex string starting with 0x.");
        }
        return Hex.parse(n.asText(), field, MAX_DATA_BYTES);
    }

    private static List<AccessListEntry> accessList(JsonNode list) {
        if (!list.isArray()) {
            throw new AtelierException("accessList must be an array of {\"address\", \"storageKeys\"} objects.");
        }
        if (list.size() > MAX_ACCESS_LIST_ENTRIES) {
            throw new AtelierException("accessList has " + list.size() + " entries; at most " + MAX_ACCESS_LIST_ENTRIES + " are accepted.");
        }
        List<AccessListEntry> out = new ArrayList<>(list.size());
        int keys = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String where = "accessList[" + i + "]";
            if (!e.isObject()) {
                throw new AtelierException(where + " must be an object with address and storageKeys.");
            }
            for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!f.equals("address") && !f.equals("storageKeys")) {
                    throw new AtelierException(where + " has an unknown field \"" + Hex.abbreviate(f) + "\".");
                }
            }
            if (!present(e, "address")) {
                throw new AtelierException(where + ".address is missing.");
            }
            Address a = address(e.get("address"), where + ".address");
            JsonNode ks = e.get("storageKeys");
            List<byte[]> slots = new ArrayList<>();
            if (ks != null && !ks.isNull()) {
                if (!ks.isArray()) {
                    throw new AtelierException(where + ".storageKeys must be an array of 32-byte hex strings.");
                }
                keys += ks.size();
                if (keys > MAX_STORAGE_KEYS) {
                    throw new AtelierException("accessList has more than " + MAX_STORAGE_KEYS + " storage keys.");
                }
                for (int k = 0; k < ks.size(); k++) {
                    JsonNode key = ks.get(k);
                    String kf = where + ".storageKeys[" + k + "]";
                    if (!key.isTextual()) {
                        throw new AtelierException(kf + " must be a 32-byte hex string.");
                    }
                    slots.add(Hex.parseFixed(key.asText(), kf, 32));
                }
            }
            out.add(new AccessListEntry(a, slots));
        }
        return out;
    }

    private static JsonNode required(JsonNode tx, String field, String why) {
        JsonNode n = tx.get(field);
        if (n == null || n.isNull()) {
            throw new AtelierException(field + " is missing: " + why + ".");
        }
        return n;
    }

    private static boolean present(JsonNode tx, String field) {
        JsonNode n = tx.get(field);
        return n != null && !n.isNull();
    }
}
