package dev.atelier.ui.common;

import dev.atelier.app.BackgroundTask;
import dev.atelier.app.TaskHandle;
import dev.atelier.app.TaskRunner;
import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs background work on a small pool of daemon threads as JavaFX {@link Task}s. Every running
 * task is listed in {@link #running()} (the status bar shows them with progress and cancel);
 * results and failures arrive on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ExecutorService executor;

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "atelier-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Tasks submitted and not yet finished; modified on the FX thread only. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    @Override
    public <T> TaskHandle submit(String title, BackgroundTask<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        Task<T> task = new WorkTask<>(title, work);
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            if (!(task.getException() instanceof CancelledException)) {
                onFailure.accept(task.getException());
            }
        });
        task.setOnCancelled(e -> running.remove(task));
        if (Platform.isFxApplicationThread()) {
            running.add(task);
        } else {
            Platform.runLater(() -> {
                if (!task.isDone()) {
                    running.add(task);
                }
            });
        }
        executor.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel();
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class WorkTask<T> extends Task<T> {
        private final BackgroundTask<T> work;

        WorkTask(String title, BackgroundTask<T> work) {
            this.work = work;
            updateTitle(title);
            updateMessage("");
        }

        @Override
        protected T call() throws Exception {
            return work.run(new ProgressSink() {
                @Override
                public void progress(double done, double total) {
                    updateProgress(done, total);
                }

                @Override
                public void message(String text) {
                    updateMessage(text);
                }

                @Override
                public boolean isCancelled() {
                    return WorkTask.this.isCancelled();
                }
            });
        }
    }
}
