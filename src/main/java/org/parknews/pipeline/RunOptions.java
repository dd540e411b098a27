package org.parknews.pipeline;

import java.time.Duration;

/**
 * How an extract run behaves: how many documents at once, what to redo, and the per-document
 * limits that keep one pathological input from hanging or exhausting the night.
 *
 * @param full     redo every input, even unchanged ones
 * @param prune    drop the records of inputs that no longer exist
 * @param maxBytes largest single-article file or document text accepted, in bytes
 * @param timeout  longest time one document may take through the pipeline
 * @param fsync    force every record and state line to disk before going on (survives power
 *                 loss, not only a kill; costs a few milliseconds per input)
 * @param lockWait how long to wait for another run holding the output folder ({@code --wait}); zero fails at once
 * @param followLinks read symbolic links that lead out of an input folder ({@code --follow-links})
 */
public record RunOptions(int threads, boolean full, boolean prune, long maxBytes, Duration timeout, boolean fsync,
                         Duration lockWait, boolean followLinks) {
    public static final long DEFAULT_MAX_BYTES = org.parknews.ingest.IngestLimits.DEFAULT_DOCUMENT_BYTES;
    /** What {@code --wait} means: wait as long as the other run takes. */
    public static final Duration WAIT_FOREVER = Duration.ofDays(365);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("max-bytes must be positive, not " + maxBytes);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        if (lockWait.isNegative()) {
            throw new IllegalArgumentException("wait must not be negative, not " + lockWait);
        }
    }

    /** Fails at once when the output is locked, and keeps to the input folders. */
    public RunOptions(int threads, boolean full, boolean prune, long maxBytes, Duration timeout, boolean fsync) {
        this(threads, full, prune, maxBytes, timeout, fsync, Duration.ZERO, false);
    }

    /** All cores, incremental, no pruning, default limits. */
    public static RunOptions defaults() {
        return new RunOptions(Runtime.getRuntime().availableProcessors(), false, false, DEFAULT_MAX_BYTES,
                DEFAULT_TIMEOUT, false);
    }

    public RunOptions withThreads(int n) {
        return new RunOptions(n, full, prune, maxBytes, timeout, fsync, lockWait, followLinks);
    }

    public RunOptions withFull(boolean f) {
        return new RunOptions(threads, f, prune, maxBytes, timeout, fsync, lockWait, followLinks);
    }

    public RunOptions withPrune(boolean p) {
        return new RunOptions(threads, full, p, maxBytes, timeout, fsync, lockWait, followLinks);
    }

    public RunOptions withMaxBytes(long m) {
        return new RunOptions(threads, full, prune, m, timeout, fsync, lockWait, followLinks);
    }

    public RunOptions withFsync(boolean f) {
        return new RunOptions(threads, full, prune, maxBytes, timeout, f, lockWait, followLinks);
    }

    public RunOptions withTimeout(Duration t) {
        return new RunOptions(threads, full, prune, maxBytes, t, fsync, lockWait, followLinks);
    }

    public RunOptions withLockWait(Duration w) {
        return new RunOptions(threads, full, prune, maxBytes, timeout, fsync, w, followLinks);
    }

    public RunOptions withFollowLinks(boolean f) {
        return new RunOptions(threads, full, prune, maxBytes, timeout, fsync, lockWait, f);
    }
}
