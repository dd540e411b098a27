package org.parknews.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plain progress lines through SLF4J at a fixed interval, for runs without a terminal (cron, CI). */
final class LogProgress implements ProgressReporter {
    private static final Logger LOG = LoggerFactory.getLogger(LogProgress.class);

    private final long intervalNanos;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile long started;
    private final AtomicLong lastLog = new AtomicLong();

    LogProgress(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void start(long inputs) {
        total = inputs;
        started = System.nanoTime();
        lastLog.set(started);
        LOG.info("extract: {} inputs to check", inputs);
    }

    @Override
    public void step() {
        long n = done.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last >= intervalNanos && lastLog.compareAndSet(last, now)) {
            LOG.info(line(n, now));
        }
    }

    long startedNanos() {
        return started;
    }

    /** The progress line after {@code n} inputs at time {@code now} (nanoTime). */
    String line(long n, long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? n / seconds : 0;
        long left = Math.max(0, total - n);
        String eta = rate > 0 ? formatDuration((long) (left / rate)) : "?";
        return String.format(Locale.ROOT, "extract: %d/%d inputs (%.0f%%), %.1f articles/s, ETA %s", n, total,
                total == 0 ? 100.0 : 100.0 * n / total, rate, eta);
    }

    private static String formatDuration(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    @Override
    public void close() {
    }
}
