package dev.atelier.common;

/**
 * How long-running core work reports progress and learns that it was cancelled, without knowing
 * whether a window, a terminal or a test is listening.
 */
public interface ProgressSink {
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(double done, double total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(double done, double total);

    void message(String text);

    boolean isCancelled();

    /** Stops the work with {@link CancelledException} when the user asked to cancel. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
