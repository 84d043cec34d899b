package dev.atelier.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.crypto.Address;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Ethereum JSON-RPC methods Atelier uses, typed, over one {@link RpcClient}. */
public final class EthRpc {
    /** What "Test connection" and the status line show about the chain head. */
    public record Head(long number, long timestamp, BigInteger baseFee) {
    }

    private final RpcClient rpc;

    public EthRpc(RpcClient rpc) {
        this.rpc = rpc;
    }

    public RpcClient client() {
        return rpc;
    }

    public long chainId() {
        return Quantities.parseLong(rpc.call("eth_chainId"), "chain id");
    }

    public long blockNumber() {
        return Quantities.parseLong(rpc.call("eth_blockNumber"), "block number");
    }

    public Head latestBlock() {
        JsonNode b = rpc.call("eth_getBlockByNumber", "latest", false);
        if (b == null || !b.isObject()) {
            throw RpcException.badReply("The node at " + rpc.display() + " returned no latest block.");
        }
        JsonNode base = b.get("baseFeePerGas");
        return new Head(Quantities.parseLong(b.get("number"), "block number"), Quantities.parseLong(b.get("timestamp"), "block time"),
                base == null || base.isNull() ? null : Quantities.parse(base, "base fee"));
    }

    public BigInteger balance(Address a) {
        return Quantities.parse(rpc.call("eth_getBalance", a.toLowerHex(), "latest"), "balance");
    }

    /** The next nonce counting the node's mempool ({@code pending}). */
    public long pendingNonce(Address a) {
        return Quantities.parseLong(rpc.call("eth_getTransactionCount", a.toLowerHex(), "pending"), "nonce");
    }

    /** The number of transactions from {@code a} that are mined. */
    public long minedNonce(Address a) {
        return Quantities.parseLong(rpc.call("eth_getTransactionCount", a.toLowerHex(), "latest"), "nonce");
    }

    public BigInteger gasPrice() {
        return Quantities.parse(rpc.call("eth_gasPrice"), "gas price");
    }

    public Optional<BigInteger> maxPriorityFeePerGas() {
        try {
            return Optional.of(Quantities.parse(rpc.call("eth_maxPriorityFeePerGas"), "priority fee"));
        } catch (RpcException e) {
            if (e.unreachable()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** {@code eth_feeHistory} over the last {@code blocks} blocks with the given reward percentiles. */
    public JsonNode feeHistory(int blocks, double... percentiles) {
        return rpc.call("eth_feeHistory", Quantities.hex(blocks), "latest", percentiles);
    }

    /** Broadcasts signed bytes; returns the hash the node computed. */
    public String sendRawTransaction(String rawHex) {
        JsonNode r = rpc.call("eth_sendRawTransaction", rawHex);
        return r.asText();
    }

    public Optional<Receipt> receipt(String hash) {
        JsonNode r = rpc.call("eth_getTransactionReceipt", hash);
        if (r == null || r.isNull() || r.path("blockNumber").isNull()) {
            return Optional.empty();
        }
        return Optional.of(Receipt.from(r));
    }

    /** The transaction as the node knows it (pending or mined), if it knows it. */
    public Optional<JsonNode> transaction(String hash) {
        JsonNode r = rpc.call("eth_getTransactionByHash", hash);
        return r == null || r.isNull() ? Optional.empty() : Optional.of(r);
    }

    /** {@code eth_call} against the latest block; returns the hex result. */
    public String call(Address to, String dataHex) {
        Map<String, Object> tx = new LinkedHashMap<>();
        tx.put("to", to.toLowerHex());
        tx.put("data", dataHex);
        return rpc.call("eth_call", tx, "latest").asText();
    }

    public BigInteger estimateGas(Map<String, Object> tx) {
        return Quantities.parse(rpc.call("eth_estimateGas", tx), "gas estimate");
    }

    /** {@code eth_getLogs} over an inclusive block range; callers page the range. */
    public JsonNode logs(Address contract, List<String> topic0s, long fromBlock, long toBlock) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("address", contract.toLowerHex());
        filter.put("fromBlock", Quantities.hex(fromBlock));
        filter.put("toBlock", Quantities.hex(toBlock));
        filter.put("topics", List.of(topic0s));
        return rpc.call("eth_getLogs", filter);
    }
}
