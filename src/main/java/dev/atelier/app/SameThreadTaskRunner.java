package dev.atelier.app;

import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import java.util.function.Consumer;

/** Runs each task immediately on the calling thread (CLI, tests). */
public final class SameThreadTaskRunner implements TaskRunner {
    private final ProgressSink progress;

    public SameThreadTaskRunner() {
        this(ProgressSink.NONE);
    }

    public SameThreadTaskRunner(ProgressSink progress) {
        this.progress = progress;
    }

    @Override
    public <T> TaskHandle submit(String title, BackgroundTask<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        try {
            T result = work.run(progress);
            onSuccess.accept(result);
        } catch (CancelledException e) {
            // cancelled: neither callback
        } catch (Exception e) {
            onFailure.accept(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
