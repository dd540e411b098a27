package org.parknews.pipeline;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed number of worker threads fed through a bounded window: at most twice as many tasks
 * as threads are queued, so a corpus of millions of files never becomes millions of pending
 * tasks. A task that throws is fatal to the run (only output failures escape a task); the next
 * submit or {@link #awaitAll()} rethrows it.
 */
final class WorkerPool implements AutoCloseable {
    private final ExecutorService pool;
    private final Semaphore window;
    private final int windowSize;
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    WorkerPool(int threads, String name) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        this.windowSize = threads * 2;
        this.window = new Semaphore(windowSize);
    }

    /** Queues a task, waiting while the window is full. */
    void submit(Runnable task) throws IOException, InterruptedException {
        rethrowFatal();
        window.acquire();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (Throwable t) {
                    fatal.compareAndSet(null, t);
                } finally {
                    window.release();
                }
            });
        } catch (RuntimeException e) {
            window.release();
            throw e;
        }
    }

    /** Waits until every queued task has finished. */
    void awaitAll() throws IOException, InterruptedException {
        window.acquire(windowSize);
        window.release(windowSize);
        rethrowFatal();
    }

    /** Throws the failure of a task that failed, if any. */
    void rethrowFatal() throws IOException {
        Throwable t = fatal.get();
        if (t == null) {
            return;
        }
        Throwable cause = t.getCause() instanceof IOException io ? io : t;
        throw new IOException(cause.getMessage(), cause);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
