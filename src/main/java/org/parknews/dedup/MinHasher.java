package org.parknews.dedup;

import java.util.HashSet;
import java.util.Set;
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
        String text = normalise(body);
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= text.length(); i++) {
            shingles.add(hash(text, i));
        }
        if (shingles.isEmpty() && !text.isEmpty()) {
            shingles.add(hash(text, 0));
        }
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int h = 0; h < HASHES; h++) {
                int v = (int) (mix(s ^ SEEDS[h]) >>> 33);
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return new Fingerprint(shingles.size(), sig);
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
