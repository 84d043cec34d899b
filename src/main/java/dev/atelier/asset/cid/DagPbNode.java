package dev.atelier.asset.cid;

import java.util.List;

/**
 * A dag-pb node (https://ipld.io/specs/codecs/dag-pb/spec/) carrying UnixFS data
 * (https://github.com/ipfs/specs/blob/main/UNIXFS.md). Encoded canonically: links (field 2) before
 * data (field 1); each link has Hash (1), Name (2, always written, empty for file chunks) and Tsize (3).
 */
final class DagPbNode {
    /** UnixFS Data.DataType values. */
    static final int DIRECTORY = 1;
    static final int FILE = 2;
    static final int SYMLINK = 4;

    record Link(Cid cid, String name, long tsize) {
    }

    private DagPbNode() {
    }

    /** A UnixFS file node over chunks (or sub-trees) of the given content sizes. */
    static byte[] fileNode(List<Link> links, long[] blockSizes) {
        long filesize = 0;
        Protobuf unixfs = new Protobuf().uint(1, FILE);
        for (long s : blockSizes) {
            filesize += s;
        }
        unixfs.uint(3, filesize);
        for (long s : blockSizes) {
            unixfs.uint(4, s); // proto2 repeated, not packed (as go-unixfs writes it)
        }
        return encode(links, unixfs.toByteArray());
    }

    static byte[] directoryNode(List<Link> sortedLinks) {
        return encode(sortedLinks, new Protobuf().uint(1, DIRECTORY).toByteArray());
    }

    /** UnixFS HAMTShard (type 5): bitfield as Data, hashType and fanout. */
    static byte[] hamtNode(List<Link> links, byte[] bitfield, int hashType, int fanout) {
        return encode(links, new Protobuf().uint(1, 5).bytes(2, bitfield).uint(5, hashType).uint(6, fanout).toByteArray());
    }

    static byte[] symlinkNode(byte[] target) {
        return encode(List.of(), new Protobuf().uint(1, SYMLINK).bytes(2, target).toByteArray());
    }

    private static byte[] encode(List<Link> links, byte[] data) {
        Protobuf node = new Protobuf();
        for (Link l : links) {
            byte[] link = new Protobuf().bytes(1, l.cid().bytes()).string(2, l.name()).uint(3, l.tsize()).toByteArray();
            node.bytes(2, link);
        }
        node.bytes(1, data);
        return node.toByteArray();
    }
}
