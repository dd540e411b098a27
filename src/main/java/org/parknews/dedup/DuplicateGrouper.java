package org.parknews.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-duplicate articles (reposts) and names each group's original: the
 * earliest-published member, ties and undated members broken by first-seen order.
 * Candidates come from locality-sensitive hashing over signature bands, so a corpus of
 * millions is not compared pair by pair; each candidate pair is then confirmed by estimated
 * containment of at least {@value #MIN_CONTAINMENT}.
 */
public final class DuplicateGrouper {
    /** Share of the shorter body found in the longer one for two bodies to be one report. */
    public static final double MIN_CONTAINMENT = 0.8;
    private static final int ROWS_PER_BAND = 2;
    private static final int MIN_SHINGLES = 20;
    private static final int MAX_BUCKET_COMPARISONS = 64;

    /** One article as the grouper sees it; {@code order} is its first-seen position. */
    public record Member(String id, String published, long order, Fingerprint fingerprint) {
    }

    /** Maps every member's id to the id of the original it reposts, or to null for originals. */
    public Map<String, String> duplicateOf(List<Member> members) {
        int n = members.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int bands = MinHasher.HASHES / ROWS_PER_BAND;
        for (int b = 0; b < bands; b++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Fingerprint f = members.get(i).fingerprint();
                if (f.shingles() < MIN_SHINGLES) {
                    continue;
                }
                long key = 0;
                for (int r = 0; r < ROWS_PER_BAND; r++) {
                    key = key * 0x100000001B3L + f.signature()[b * ROWS_PER_BAND + r];
                }
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 1; x < bucket.size(); x++) {
                    for (int y = Math.max(0, x - MAX_BUCKET_COMPARISONS); y < x; y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (find(parent, i) != find(parent, j)
                                && members.get(i).fingerprint().containment(members.get(j).fingerprint()) >= MIN_CONTAINMENT) {
                            parent[find(parent, i)] = find(parent, j);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Member>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(members.get(i));
        }
        Comparator<Member> originalFirst = Comparator
                .comparing((Member m) -> m.published() == null ? "9999" : m.published())
                .thenComparingLong(Member::order);
        Map<String, String> out = new LinkedHashMap<>();
        for (Member m : members) {
            out.put(m.id(), null);
        }
        for (List<Member> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            Member original = g.stream().min(originalFirst).orElseThrow();
            for (Member m : g) {
                out.put(m.id(), m == original ? null : original.id());
            }
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
