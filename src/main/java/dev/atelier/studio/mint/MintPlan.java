package dev.atelier.studio.mint;

import dev.atelier.crypto.Address;

/** A persisted plan to mint some items of a collection to one address (see {@link MintRunner}). */
public record MintPlan(long id, long collectionId, String networkId, long chainId, Address contract, boolean erc1155,
                       Address sender, Address recipient, Status status) {
    public enum Status {
        PLANNED, RUNNING, PAUSED, DONE, FAILED;

        String db() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Where one item stands in the plan. */
    public enum ItemState {
        PLANNED, SIGNED, SENT, CONFIRMED, FAILED, EXPORTED;

        String db() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Progress(int planned, int signed, int sent, int confirmed, int failed, int exported) {
        public int total() {
            return planned + signed + sent + confirmed + failed + exported;
        }

        public boolean finished() {
            return planned + signed + sent + exported == 0;
        }
    }
}
