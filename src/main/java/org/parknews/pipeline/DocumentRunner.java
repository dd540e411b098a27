package org.parknews.pipeline;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.parknews.ingest.RawDocument;
import org.parknews.record.Record;

/**
 * Runs one document through the processor under a time budget. Each document runs on its own
 * pooled thread so a document that hangs (a pathological regular expression, a parser loop) is
 * abandoned after the timeout and reported, and the run goes on. Java cannot kill a thread: an
 * abandoned one is interrupted and, if it ignores that, left to finish as a daemon.
 * The threads get a large stack so deeply nested HTML is processed rather than overflowing.
 */
public final class DocumentRunner implements AutoCloseable {
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private final DocumentProcessor processor;
    private final Duration timeout;
    private final ExecutorService threads = Executors.newCachedThreadPool(new DaemonThreads());

    public DocumentRunner(DocumentProcessor processor, Duration timeout) {
        this.processor = processor;
        this.timeout = timeout;
    }

    /** The document's record, or a failure naming the reason (an exception, an error, the timeout). */
    public Record process(RawDocument doc) throws DocumentFailure, InterruptedException {
        Future<Record> task = threads.submit(() -> processor.process(doc));
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new DocumentFailure("extract", "timed out after " + timeout.toSeconds() + " s (--timeout)", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof StackOverflowError ? "too deeply nested (stack overflow)"
                    : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new DocumentFailure(stageOf(cause), reason, cause);
        } catch (InterruptedException e) {
            task.cancel(true);
            throw e;
        }
    }

    /**
     * The stage that threw: the package of the deepest-called parknews frame outside the
     * pipeline driver (clean, text, extract, record), so the error line points at the culprit.
     */
    static String stageOf(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String cls = frame.getClassName();
            if (cls.startsWith("org.parknews.") && !cls.startsWith("org.parknews.pipeline.")) {
                String rest = cls.substring("org.parknews.".length());
                return rest.substring(0, Math.max(0, rest.indexOf('.')));
            }
        }
        return "extract";
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** Daemon threads, so an abandoned document never keeps the JVM alive after the run. */
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(null, r, "parknews-doc-" + count.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        }
    }
}
