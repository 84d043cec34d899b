package dev.atelier.app;

import java.util.function.Consumer;

/**
 * The one way to run background work. The desktop runner executes tasks off the FX thread,
 * shows each in the status bar (name, progress, cancel) and delivers results on the FX thread;
 * {@link SameThreadTaskRunner} runs them inline for the CLI and for deterministic tests.
 * A cancelled task calls neither callback.
 */
public interface TaskRunner {
    <T> TaskHandle submit(String title, BackgroundTask<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure);
}
