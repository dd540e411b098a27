package org.parknews.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts occurrences of keys and lists the most frequent, ties broken by key for stable output. */
public final class Counter {
    private final Map<String, Long> counts = new HashMap<>();

    public void add(String key) {
        add(key, 1);
    }

    public void add(String key, long n) {
        counts.merge(key == null ? "(none)" : key, n, Long::sum);
    }

    public List<Map.Entry<String, Long>> top(int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** All keys in key order (for years, where order matters more than size). */
    public List<Map.Entry<String, Long>> byKey() {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public int distinct() {
        return counts.size();
    }
}
