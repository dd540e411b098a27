package org.parknews.dedup;

import java.util.Arrays;
import org.parknews.clean.MatchText;

/**
 * Computes {@link Fingerprint}s: the body is folded (full-width → ASCII), stripped of spaces
 * and punctuation so layout changes do not matter, cut into overlapping character shingles,
 * and each of {@value #HASHES} seeded hash functions keeps its minimum.
 */
public final class MinHasher {
    static final int HASHES = 64;
    private static final int SHINGLE = 5;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    public Fingerprint fingerprint(String body) {
        long[] shingles = distinctShingles(normalise(body));
        int[] sig = new int[HASHES];
        // One hash function at a time over all shingles: a branch-free min over a primitive
        // array, which the JIT turns into vector instructions where the CPU has them.
        for (int h = 0; h < HASHES; h++) {
            long seed = SEEDS[h];
            long min = Integer.MAX_VALUE;
            for (long s : shingles) {
                min = Math.min(min, mix(s ^ seed) >>> 33);
            }
            sig[h] = (int) min;
        }
        return new Fingerprint(shingles.length, sig);
    }

    /** The distinct shingle hashes, sorted: a primitive array, since this runs for every record. */
    private static long[] distinctShingles(String text) {
        int n = Math.max(0, text.length() - SHINGLE + 1);
        if (n == 0) {
            return text.isEmpty() ? new long[0] : new long[] {hash(text, 0)};
        }
        long[] all = new long[n];
        for (int i = 0; i < n; i++) {
            all[i] = hash(text, i);
        }
        Arrays.sort(all);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private static String normalise(String body) {
        String folded = MatchText.of(body);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> Character.isLetterOrDigit(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static long hash(String text, int from) {
        long h = 1125899906842597L;
        int end = Math.min(text.length(), from + SHINGLE);
        for (int i = from; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
