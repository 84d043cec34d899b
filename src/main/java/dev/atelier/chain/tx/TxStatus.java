package dev.atelier.chain.tx;

import java.util.Locale;

/** Where a queued transaction stands. The last four are final. */
public enum TxStatus {
    /** Written to studio.db, not yet accepted by a node. */
    QUEUED("Queued"),
    /** A node accepted it; waiting to be mined. */
    PENDING("Pending"),
    /** Mined and succeeded (receipt status 1). */
    MINED("Mined"),
    /** Mined but the call failed (receipt status 0): the fee is spent, nothing else happened. */
    REVERTED("Reverted"),
    /** Another of our transactions with the same nonce (a speed-up or cancel) was mined instead. */
    REPLACED("Replaced"),
    /** Its nonce was used by a transaction Atelier does not know: it can never be mined. */
    DROPPED("Dropped");

    private final String label;

    TxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this != QUEUED && this != PENDING;
    }

    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TxStatus fromDb(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
