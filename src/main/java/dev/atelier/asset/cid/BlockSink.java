package dev.atelier.asset.cid;

/** Where the importer puts each block it makes (a CAR file), or nowhere when only the CID is wanted. */
public interface BlockSink {
    BlockSink NONE = new BlockSink() {
        @Override
        public void put(Cid cid, byte[] data, int offset, int length) {
        }

        @Override
        public boolean wantsData() {
            return false;
        }
    };

    /** Receives one block, in the order the importer finishes them (leaves before their parents). */
    void put(Cid cid, byte[] data, int offset, int length);

    /** False when the sink ignores blocks, so the importer need not keep leaf data around. */
    default boolean wantsData() {
        return true;
    }
}
