package dev.atelier.app;

/** A submitted task, for the caller that wants to cancel it or know when it ended. */
public interface TaskHandle {
    void cancel();

    boolean isDone();
}
