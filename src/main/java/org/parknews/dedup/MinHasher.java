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
    /**
     * Hash function {@code i} maps a shingle's 32-bit key k to {@code (k * MULTIPLY[i] + ADD[i]) >>> 1}:
     * multiply-add with a random odd multiplier, a universal family over keys that are already
     * well mixed. Being 32-bit integer arithmetic, the 64 of them run as a few vector
     * instructions per shingle, where 64 rounds of a 64-bit mixer were most of a record's cost.
     */
    private static final int[] MULTIPLY = new int[HASHES];
    private static final long SEED = 1125899906842597L;
    /** The seed's term in a full shingle's hash, SEED * 31^5, and the weight of its first character, 31^4 (mod 2^64). */
    private static final long SEED_TERM = SEED * 31 * 31 * 31 * 31 * 31;
    private static final long LEADING_POWER = 31L * 31 * 31 * 31;
    private static final int[] ADD = new int[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            MULTIPLY[i] = (int) x | 1;
            ADD[i] = (int) (x >>> 32);
        }
    }

    public Fingerprint fingerprint(String body) {
        int[] keys = distinctShingles(normalise(body));
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int k : keys) {
            for (int h = 0; h < HASHES; h++) {
                int v = (k * MULTIPLY[h] + ADD[h]) >>> 1;
                // min(sig[h], v) without a branch the vectoriser would have to give up on; both
                // are non-negative, so the difference cannot overflow.
                int d = v - sig[h];
                sig[h] += d & (d >> 31);
            }
        }
        return new Fingerprint(keys.length, sig);
    }

    /**
     * The distinct shingle keys, in no particular order: kept in an open-addressing table twice
     * the size of the text (a sort of all keys was a third of a fingerprint's cost).
     */
    private static int[] distinctShingles(char[] text) {
        int n = Math.max(0, text.length - SHINGLE + 1);
        if (n == 0) {
            return text.length == 0 ? new int[0] : new int[] {key(text, 0)};
        }
        int[] table = new int[Integer.highestOneBit(n) << 2];
        boolean[] used = new boolean[table.length];
        int mask = table.length - 1;
        int[] distinct = new int[n];
        int count = 0;
        // The shingle's polynomial, rolled along: drop the first character's term, shift, add the next.
        long poly = polynomial(text, 0);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                poly = (poly - text[i - 1] * LEADING_POWER) * 31 + text[i + SHINGLE - 1];
            }
            int k = (int) (mix(SEED_TERM + poly) >>> 32);
            int slot = k & mask;
            while (used[slot] && table[slot] != k) {
                slot = (slot + 1) & mask;
            }
            if (!used[slot]) {
                used[slot] = true;
                table[slot] = k;
                distinct[count++] = k;
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    /** The folded body's letters and digits, in order. */
    private static char[] normalise(String body) {
        char[] folded = MatchText.chars(body);
        // Kept characters move left within the same array: a kept code point never lands past where it was read.
        int n = 0;
        for (int i = 0; i < folded.length; ) {
            int cp = Character.codePointAt(folded, i);
            int len = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                folded[n++] = folded[i];
                if (len == 2) {
                    folded[n++] = folded[i + 1];
                }
            }
            i += len;
        }
        return Arrays.copyOf(folded, n);
    }

    /**
     * The shingle starting at {@code from}, hashed and mixed to 32 well-spread bits: the
     * polynomial hash 31-based from {@link #SEED}, then {@link #mix}. A short text's only
     * shingle is shorter than {@value #SHINGLE}.
     */
    private static int key(char[] text, int from) {
        long h = SEED;
        int end = Math.min(text.length, from + SHINGLE);
        for (int i = from; i < end; i++) {
            h = 31 * h + text[i];
        }
        return (int) (mix(h) >>> 32);
    }

    /** A full shingle's hash without the seed's term: sum of c[from + j] * 31^(4 - j). */
    private static long polynomial(char[] text, int from) {
        long p = 0;
        for (int i = from; i < from + SHINGLE; i++) {
            p = 31 * p + text[i];
        }
        return p;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
