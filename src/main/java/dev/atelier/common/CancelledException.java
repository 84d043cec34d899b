package dev.atelier.common;

/** Thrown by work that noticed its cancellation; callers treat it as "stopped", not as a failure. */
public final class CancelledException extends AtelierException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled.");
    }
}
