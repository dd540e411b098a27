package org.parknews.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Nanoseconds spent per pipeline stage, summed over a benchmark pass. */
final class StageTimes {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    void add(String stage, long ns) {
        nanos.merge(stage, ns, Long::sum);
    }

    Map<String, Long> nanos() {
        return nanos;
    }

    long total() {
        return nanos.values().stream().mapToLong(Long::longValue).sum();
    }
}
