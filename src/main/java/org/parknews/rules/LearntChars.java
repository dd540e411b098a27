package org.parknews.rules;

import java.util.Arrays;

/**
 * A set of BMP characters whose membership is worked out by a test the first time a character
 * is asked about, then read from a table: scans ask about every character of a text, and the
 * same few thousand characters come up again and again. Threads may race to fill an entry;
 * they write the same value.
 */
final class LearntChars {
    /** Decides once whether a character belongs to the set. */
    interface Test {
        boolean holds(char c);
    }

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final Test test;
    private final byte[] known = new byte[Character.MAX_VALUE + 1];

    LearntChars(Test test) {
        this.test = test;
    }

    /** Puts the characters {@code from} to {@code to} (inclusive) in the set without testing them. */
    void addAll(char from, char to) {
        Arrays.fill(known, from, to + 1, YES);
    }

    boolean contains(char c) {
        byte k = known[c];
        return k == YES || (k == UNKNOWN && learn(c));
    }

    private boolean learn(char c) {
        boolean yes = test.holds(c);
        known[c] = yes ? YES : NO;
        return yes;
    }
}
