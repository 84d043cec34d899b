package dev.atelier.app;

import dev.atelier.common.ProgressSink;

/** Work that may take a while: key derivation, imports, hashing, RPC calls. */
@FunctionalInterface
public interface BackgroundTask<T> {
    T run(ProgressSink progress) throws Exception;
}
