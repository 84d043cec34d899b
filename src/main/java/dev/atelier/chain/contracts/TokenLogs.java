package dev.atelier.chain.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atelier.chain.rpc.EthRpc;
import dev.atelier.chain.rpc.Quantities;
import dev.atelier.chain.rpc.RpcException;
import dev.atelier.common.ProgressSink;
import dev.atelier.crypto.Address;
import dev.atelier.crypto.Keccak;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads token movements back from the chain: ERC-721 {@code Transfer} and ERC-1155
 * {@code TransferSingle}/{@code TransferBatch} logs via {@code eth_getLogs}, paged by block range.
 * When a node refuses a range (too many results, range too large, reply over the size cap) the
 * range is halved and retried, down to a single block.
 */
public final class TokenLogs {
    public static final String TRANSFER = topic("Transfer(address,address,uint256)");
    public static final String TRANSFER_SINGLE = topic("TransferSingle(address,address,address,uint256,uint256)");
    public static final String TRANSFER_BATCH = topic("TransferBatch(address,address,address,uint256[],uint256[])");
    public static final Address ZERO = Address.of(new byte[20]);

    /** One token movement; {@code from} is the zero address for a mint, {@code to} for a burn. */
    public record Movement(long block, int logIndex, String txHash, Address from, Address to, BigInteger id, BigInteger amount) {
    }

    private TokenLogs() {
    }

    public static String topic(String signature) {
        return "0x" + HexFormat.of().formatHex(Keccak.hash256(signature.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Every movement of the contract's tokens between two blocks (inclusive), oldest first. */
    public static List<Movement> movements(EthRpc rpc, Address contract, long fromBlock, long toBlock, long pageBlocks,
                                           ProgressSink progress) {
        List<Movement> out = new ArrayList<>();
        long start = fromBlock;
        long page = Math.max(1, pageBlocks);
        while (start <= toBlock) {
            progress.checkCancelled();
            long end = Math.min(toBlock, start + page - 1);
            JsonNode logs;
            try {
                logs = rpc.logs(contract, List.of(TRANSFER, TRANSFER_SINGLE, TRANSFER_BATCH), start, end);
            } catch (RpcException e) {
                if (e.unreachable() || end == start) {
                    throw e;
                }
                page = Math.max(1, (end - start + 1) / 2); // the node refused the range: halve it
                continue;
            }
            for (JsonNode log : logs) {
                decode(log, out);
            }
            progress.progress(end - fromBlock + 1, toBlock - fromBlock + 1);
            start = end + 1;
        }
        return out;
    }

    /** ERC-721 owners after replaying the movements: token id → owner (burned tokens absent). */
    public static Map<BigInteger, Address> owners(List<Movement> movements) {
        Map<BigInteger, Address> owners = new LinkedHashMap<>();
        for (Movement m : movements) {
            if (m.to().equals(ZERO)) {
                owners.remove(m.id());
            } else {
                owners.put(m.id(), m.to());
            }
        }
        return owners;
    }

    /** ERC-1155 balances after replaying the movements: id → (holder → amount), zero balances dropped. */
    public static Map<BigInteger, Map<Address, BigInteger>> balances(List<Movement> movements) {
        Map<BigInteger, Map<Address, BigInteger>> b = new LinkedHashMap<>();
        for (Movement m : movements) {
            Map<Address, BigInteger> holders = b.computeIfAbsent(m.id(), k -> new LinkedHashMap<>());
            if (!m.from().equals(ZERO)) {
                BigInteger left = holders.getOrDefault(m.from(), BigInteger.ZERO).subtract(m.amount());
                if (left.signum() == 0) {
                    holders.remove(m.from());
                } else {
                    holders.put(m.from(), left);
                }
            }
            if (!m.to().equals(ZERO)) {
                holders.merge(m.to(), m.amount(), BigInteger::add);
            }
        }
        b.values().removeIf(Map::isEmpty);
        return b;
    }

    private static void decode(JsonNode log, List<Movement> out) {
        JsonNode topics = log.path("topics");
        if (!topics.isArray() || topics.size() == 0 || log.path("removed").asBoolean(false)) {
            return;
        }
        long block = Quantities.parseLong(log.get("blockNumber"), "log block");
        int index = (int) Quantities.parseLong(log.get("logIndex"), "log index");
        String tx = log.path("transactionHash").asText();
        String t0 = topics.get(0).asText();
        byte[] data = hex(log.path("data").asText("0x"));
        if (t0.equalsIgnoreCase(TRANSFER) && topics.size() == 4) {
            out.add(new Movement(block, index, tx, topicAddress(topics.get(1)), topicAddress(topics.get(2)),
                    Quantities.parse(topics.get(3), "token id"), BigInteger.ONE));
        } else if (t0.equalsIgnoreCase(TRANSFER_SINGLE) && topics.size() == 4 && data.length == 64) {
            out.add(new Movement(block, index, tx, topicAddress(topics.get(2)), topicAddress(topics.get(3)), word(data, 0), word(data, 1)));
        } else if (t0.equalsIgnoreCase(TRANSFER_BATCH) && topics.size() == 4) {
            // data = (uint256[] ids, uint256[] values): two offsets, then length-prefixed arrays
            List<BigInteger> ids = array(data, word(data, 0));
            List<BigInteger> values = array(data, word(data, 1));
            if (ids.size() != values.size()) {
                throw RpcException.badReply("A TransferBatch log has " + ids.size() + " ids but " + values.size() + " values.");
            }
            for (int i = 0; i < ids.size(); i++) {
                out.add(new Movement(block, index, tx, topicAddress(topics.get(2)), topicAddress(topics.get(3)), ids.get(i), values.get(i)));
            }
        }
    }

    private static List<BigInteger> array(byte[] data, BigInteger offset) {
        if (offset.bitLength() > 31 || offset.intValue() % 32 != 0 || offset.intValue() + 32 > data.length) {
            throw RpcException.badReply("A TransferBatch log is malformed.");
        }
        int at = offset.intValue() / 32;
        BigInteger n = word(data, at);
        if (n.bitLength() > 31 || (long) (at + 1 + n.intValue()) * 32 > data.length) {
            throw RpcException.badReply("A TransferBatch log is malformed.");
        }
        List<BigInteger> out = new ArrayList<>(n.intValue());
        for (int i = 0; i < n.intValue(); i++) {
            out.add(word(data, at + 1 + i));
        }
        return out;
    }

    private static BigInteger word(byte[] data, int i) {
        if ((i + 1) * 32 > data.length) {
            throw RpcException.badReply("A token log is shorter than its event says.");
        }
        return new BigInteger(1, java.util.Arrays.copyOfRange(data, i * 32, i * 32 + 32));
    }

    private static Address topicAddress(JsonNode topic) {
        byte[] b = hex(topic.asText());
        if (b.length != 32) {
            throw RpcException.badReply("A log topic is not 32 bytes.");
        }
        return Address.of(java.util.Arrays.copyOfRange(b, 12, 32));
    }

    private static byte[] hex(String s) {
        String h = s.startsWith("0x") ? s.substring(2) : s;
        try {
            return HexFormat.of().parseHex(h);
        } catch (IllegalArgumentException e) {
            throw RpcException.badReply("A log holds malformed hex.");
        }
    }
}
