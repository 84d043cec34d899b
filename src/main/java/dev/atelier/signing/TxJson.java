package dev.atelier.signing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A {@link TxRequest} written back as a JSON-RPC {@code eth_signTransaction} object (hex quantities). */
public final class TxJson {
    private TxJson() {
    }

    public static ObjectNode of(TxRequest tx) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", tx.type().hex());
        o.put("chainId", Quantity.toHex(java.math.BigInteger.valueOf(tx.chainId())));
        o.put("nonce", Quantity.toHex(tx.nonce()));
        if (tx.from() != null) {
            o.put("from", tx.from().toChecksumHex());
        }
        if (tx.to() != null) {
            o.put("to", tx.to().toChecksumHex());
        }
        o.put("value", Quantity.toHex(tx.value()));
        o.put("data", Hex.of(tx.dataUnsafe()));
        o.put("gas", Quantity.toHex(tx.gas()));
        if (tx.type() == TxType.DYNAMIC_FEE) {
            o.put("maxFeePerGas", Quantity.toHex(tx.maxFeePerGas()));
            o.put("maxPriorityFeePerGas", Quantity.toHex(tx.maxPriorityFeePerGas()));
        } else {
            o.put("gasPrice", Quantity.toHex(tx.gasPrice()));
        }
        if (tx.type() != TxType.LEGACY) {
            ArrayNode al = o.putArray("accessList");
            for (AccessListEntry e : tx.accessList()) {
                ObjectNode entry = al.addObject();
                entry.put("address", e.address().toChecksumHex());
                ArrayNode keys = entry.putArray("storageKeys");
                e.storageKeys().forEach(k -> keys.add(Hex.of(k)));
            }
        }
        return o;
    }
}
