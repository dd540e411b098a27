package org.parknews.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The counts a run accumulates across threads, turned into a {@link RunSummary} at the end. */
final class RunCounters {
    private final Map<InputStatus, AtomicLong> byStatus = new EnumMap<>(InputStatus.class);
    private final AtomicLong written = new AtomicLong();

    RunCounters() {
        for (InputStatus s : InputStatus.values()) {
            byStatus.put(s, new AtomicLong());
        }
    }

    void count(InputStatus status) {
        byStatus.get(status).incrementAndGet();
    }

    void recordWritten() {
        written.incrementAndGet();
    }

    long written() {
        return written.get();
    }

    RunSummary summary(long read, long failed, long pruned, double seconds) {
        double rate = seconds > 0 ? written.get() / seconds : 0;
        return new RunSummary(read, get(InputStatus.NEW), get(InputStatus.CHANGED), get(InputStatus.UNCHANGED),
                get(InputStatus.RETRIED), failed, written.get(), pruned, round(seconds), round(rate));
    }

    private long get(InputStatus s) {
        return byStatus.get(s).get();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
