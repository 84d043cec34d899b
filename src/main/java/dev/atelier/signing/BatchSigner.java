package dev.atelier.signing;

import dev.atelier.common.AtelierException;
import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spreads a batch (parse, check, sign each request) across the cores with a pool this object owns.
 * Results come back in input order; the first failure stops the batch and is reported with the
 * index of the item that failed, so nothing is half-done silently. Progress and cancellation go
 * through the caller's {@link ProgressSink}, reported from the calling thread.
 */
public final class BatchSigner implements AutoCloseable {
    private final ExecutorService pool;
    private final int threads;

    /** One thread per available core. */
    public BatchSigner() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public BatchSigner(int threads) {
        this.threads = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(this.threads);
    }

    /** Work on one item; it may run on any pool thread. */
    @FunctionalInterface
    public interface ItemWork<T, R> {
        R apply(int index, T item) throws Exception;
    }

    /** A batch item failed; {@link #index()} is its 0-based position. */
    public static final class ItemFailedException extends AtelierException {
        private static final long serialVersionUID = 1L;
        private final int index;
        private final String detail;

        ItemFailedException(int index, String detail, Throwable cause) {
            super("item " + (index + 1) + ": " + detail, cause);
            this.index = index;
            this.detail = detail;
        }

        public int index() {
            return index;
        }

        /** The failure without the item prefix. */
        public String detail() {
            return detail;
        }
    }

    public <T, R> List<R> map(List<T> items, ItemWork<T, R> work, ProgressSink progress) {
        int n = items.size();
        Object[] results = new Object[n];
        if (n == 0) {
            return List.of();
        }
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int chunk = Math.max(8, Math.min(512, n / (threads * 8) + 1));
        List<Future<?>> futures = new ArrayList<>();
        for (int start = 0; start < n; start += chunk) {
            int from = start;
            int to = Math.min(n, start + chunk);
            futures.add(pool.submit(() -> {
                for (int i = from; i < to && !stop.get(); i++) {
                    try {
                        results[i] = work.apply(i, items.get(i));
                    } catch (AtelierException e) {
                        stop.set(true);
                        throw new ItemFailedException(i, e.userMessage(), e);
                    } catch (Exception e) {
                        stop.set(true);
                        throw new ItemFailedException(i, "unexpected failure (" + e.getClass().getSimpleName() + ")", e);
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        try {
            ItemFailedException first = null;
            for (Future<?> f : futures) {
                while (true) {
                    try {
                        f.get(100, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException t) {
                        progress.progress(done.get(), n);
                        if (progress.isCancelled()) {
                            stop.set(true);
                        }
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof ItemFailedException ife && (first == null || ife.index() < first.index())) {
                            first = ife;
                        } else if (!(e.getCause() instanceof ItemFailedException)) {
                            throw new IllegalStateException(e.getCause());
                        }
                        break;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            progress.progress(n, n);
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
