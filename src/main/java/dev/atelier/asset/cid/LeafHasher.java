package dev.atelier.asset.cid;

import dev.atelier.common.AtelierException;
import dev.atelier.common.CancelledException;
import dev.atelier.common.ProgressSink;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hashes a file's 256 KiB leaves on every core when only the CID is wanted: the file is memory-mapped
 * (no read copies; measured cheapest), and the calling thread and the common pool's workers claim
 * groups of chunks, each hashing with its own MessageDigest (SHA-NI intrinsics). SHA-256 is the
 * limit, so this is what makes {@code asset cid} keep up with {@code openssl dgst}.
 */
final class LeafHasher {
    private static final int GROUP = 4;
    /** Mapped regions are a whole number of chunks, so no leaf spans two regions. */
    private static final long REGION = 4096L * UnixFsImporter.CHUNK_SIZE;

    private final FileChannel ch;
    private final long size;
    private final Path file;
    private final UnixFsImporter.Imported[] leaves;
    private final ProgressSink progress;
    private final long totalBytes;
    private final long doneBefore;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong hashed = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private MappedByteBuffer[] regions;

    LeafHasher(FileChannel ch, long size, Path file, UnixFsImporter.Imported[] leaves, ProgressSink progress, long totalBytes,
               long doneBefore) {
        this.ch = ch;
        this.size = size;
        this.file = file;
        this.leaves = leaves;
        this.progress = progress;
        this.totalBytes = totalBytes;
        this.doneBefore = doneBefore;
    }

    void run() {
        if (size == 0) {
            try {
                leaves[0] = new UnixFsImporter.Imported(Cid.of(Cid.RAW, MessageDigest.getInstance("SHA-256").digest()), 0, 0);
                return;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            regions = new MappedByteBuffer[(int) ((size + REGION - 1) / REGION)];
            for (int r = 0; r < regions.length; r++) {
                long from = r * REGION;
                regions[r] = ch.map(FileChannel.MapMode.READ_ONLY, from, Math.min(REGION, size - from));
            }
        } catch (IOException e) {
            throw new AtelierException("Could not read " + file + ": " + e.getMessage(), e);
        }
        int helpers = leaves.length < 8 ? 0 : Math.max(0, Math.min(ForkJoinPool.getCommonPoolParallelism(),
                Runtime.getRuntime().availableProcessors() - 1));
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[helpers];
        for (int i = 0; i < helpers; i++) {
            tasks[i] = ForkJoinPool.commonPool().submit(new Worker(false));
        }
        new Worker(true).run();
        for (ForkJoinTask<?> t : tasks) {
            t.join();
        }
        Throwable f = failure.get();
        if (f instanceof CancelledException c) {
            throw c;
        }
        if (f instanceof AtelierException a) {
            throw a;
        }
        if (f != null) {
            throw new AtelierException("Could not read " + file + ": " + f.getMessage(), f);
        }
    }

    private final class Worker implements Runnable {
        private final boolean reports;

        Worker(boolean reports) {
            this.reports = reports;
        }

        @Override
        public void run() {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (int g; failure.get() == null && (g = next.getAndAdd(GROUP)) < leaves.length; ) {
                    if (progress.isCancelled()) {
                        failure.compareAndSet(null, new CancelledException());
                        return;
                    }
                    for (int i = g; i < Math.min(leaves.length, g + GROUP); i++) {
                        long pos = (long) i * UnixFsImporter.CHUNK_SIZE;
                        int len = (int) Math.min(UnixFsImporter.CHUNK_SIZE, size - pos);
                        md.update(regions[(int) (pos / REGION)].slice((int) (pos % REGION), len));
                        leaves[i] = new UnixFsImporter.Imported(Cid.of(Cid.RAW, md.digest()), len, len);
                        hashed.addAndGet(len);
                    }
                    if (reports) {
                        progress.progress(doneBefore + hashed.get(), Math.max(totalBytes, 1));
                    }
                }
            } catch (NoSuchAlgorithmException | RuntimeException e) {
                failure.compareAndSet(null, e);
            } catch (InternalError e) {
                // a mapped page vanished: the file was truncated while being hashed
                failure.compareAndSet(null, new AtelierException(file + " changed while it was being read. Try again.", e));
            }
        }
    }
}
