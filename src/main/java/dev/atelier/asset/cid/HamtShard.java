package dev.atelier.asset.cid;

import dev.atelier.common.AtelierException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A HAMT-sharded UnixFS directory (https://github.com/ipfs/specs/blob/main/UNIXFS.md#hamt-structure-and-parameters),
 * as kubo makes for folders whose plain node would be too large: fanout 256, murmur3-x64-64 of the
 * entry name, one hash byte per level; a slot with one entry links to it as {@code XX<name>}, a slot
 * with several links to a sub-shard as {@code XX}.
 */
final class HamtShard {
    static final int FANOUT = 256;
    private static final int HASH_TYPE_MURMUR3 = 0x22;

    /** An entry to place: its name, finished node, and the name's hash. */
    record Entry(String name, UnixFsImporter.Imported node, long hash) {
        static Entry of(String name, UnixFsImporter.Imported node) {
            return new Entry(name, node, Murmur3.hash64(name.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Builds the shard (and its sub-shards) at {@code depth}, emitting each node; returns the root. */
    static UnixFsImporter.Imported build(List<Entry> entries, int depth, NodeSink sink) {
        if (depth >= 8) {
            throw new AtelierException("This folder has names whose hashes collide beyond 64 bits; it cannot be sharded.");
        }
        @SuppressWarnings("unchecked")
        List<Entry>[] slots = new List[FANOUT];
        for (Entry e : entries) {
            int slot = (int) (e.hash() >>> (56 - 8 * depth)) & 0xFF;
            if (slots[slot] == null) {
                slots[slot] = new ArrayList<>(2);
            }
            slots[slot].add(e);
        }
        List<DagPbNode.Link> links = new ArrayList<>();
        BigInteger bitmap = BigInteger.ZERO;
        long tsizes = 0;
        for (int i = 0; i < FANOUT; i++) {
            List<Entry> in = slots[i];
            if (in == null) {
                continue;
            }
            bitmap = bitmap.setBit(i);
            String label = String.format(Locale.ROOT, "%02X", i);
            if (in.size() == 1) {
                Entry e = in.get(0);
                links.add(new DagPbNode.Link(e.node().cid(), label + e.name(), e.node().tsize()));
                tsizes += e.node().tsize();
            } else {
                UnixFsImporter.Imported child = build(in, depth + 1, sink);
                links.add(new DagPbNode.Link(child.cid(), label, child.tsize()));
                tsizes += child.tsize();
            }
        }
        byte[] bits = bitmap.toByteArray();
        if (bits.length > 1 && bits[0] == 0) {
            bits = java.util.Arrays.copyOfRange(bits, 1, bits.length); // drop BigInteger's sign byte
        }
        byte[] node = DagPbNode.hamtNode(links, bits, HASH_TYPE_MURMUR3, FANOUT);
        Cid cid = sink.put(node);
        return new UnixFsImporter.Imported(cid, node.length + tsizes, 0);
    }

    /** Hashes, stores and returns the CID of a finished dag-pb node. */
    interface NodeSink {
        Cid put(byte[] node);
    }
}
