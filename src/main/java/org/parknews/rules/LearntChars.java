package org.parknews.rules;

/**
 * A set of BMP characters whose membership is worked out by a test the first time a character
 * is asked about, then read from a table: scans ask about every character of a text, and the
 * same few thousand characters come up again and again. Two bits a character, 16 KB a set:
 * a scan asks dozens of sets about each character, and at a byte a character (64 KB a set)
 * they crowded each other out of the cache. Threads may race to fill entries that share a
 * word; a lost write leaves a character unknown, to be tested again, never wrong.
 */
final class LearntChars {
    /** Decides once whether a character belongs to the set. */
    interface Test {
        boolean holds(char c);
    }

    private static final int UNKNOWN = 0;
    private static final int NO = 1;
    private static final int YES = 2;

    private final Test test;
    /** Two bits per character, 32 characters a word: UNKNOWN, NO or YES. */
    private final long[] known = new long[(Character.MAX_VALUE + 1) / 32];

    LearntChars(Test test) {
        this.test = test;
    }

    /** Puts the characters {@code from} to {@code to} (inclusive) in the set without testing them. */
    void addAll(char from, char to) {
        for (int c = from; c <= to; c++) {
            set((char) c, YES);
        }
    }

    boolean contains(char c) {
        int k = (int) (known[c >>> 5] >>> shift(c)) & 3;
        return k == YES || (k == UNKNOWN && learn(c));
    }

    private boolean learn(char c) {
        boolean yes = test.holds(c);
        set(c, yes ? YES : NO);
        return yes;
    }

    private void set(char c, int state) {
        int word = c >>> 5;
        known[word] = known[word] & ~(3L << shift(c)) | (long) state << shift(c);
    }

    private static int shift(char c) {
        return (c & 31) << 1;
    }
}
