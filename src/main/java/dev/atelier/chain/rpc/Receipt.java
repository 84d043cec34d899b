package dev.atelier.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;

/**
 * A transaction receipt: where and whether it was mined. {@code logs} is the node's JSON array, kept
 * for callers that decode events (mint read-back).
 */
public record Receipt(String transactionHash, long blockNumber, boolean success, BigInteger gasUsed,
                      BigInteger effectiveGasPrice, String contractAddress, JsonNode logs) {
    static Receipt from(JsonNode r) {
        JsonNode price = r.get("effectiveGasPrice");
        JsonNode contract = r.get("contractAddress");
        return new Receipt(r.path("transactionHash").asText(),
                Quantities.parseLong(r.get("blockNumber"), "block number"),
                // EIP-658: status 1 = success, 0 = reverted (pre-Byzantium receipts have no status)
                !r.has("status") || Quantities.parse(r.get("status"), "receipt status").signum() == 1,
                Quantities.parse(r.get("gasUsed"), "gas used"),
                price == null || price.isNull() ? null : Quantities.parse(price, "effective gas price"),
                contract == null || contract.isNull() ? null : contract.asText(),
                r.path("logs"));
    }
}
