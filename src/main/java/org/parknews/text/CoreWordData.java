package org.parknews.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.utility.Predefine;

/**
 * Per core-dictionary word, the two numbers the dictionary route reads about its words, side by
 * side in one array: the word's path cost, read for every candidate word, and the
 * custom-dictionary walk over the word ({@link CustomWords#fromRoot}), read again for each
 * word the path keeps. Kept in two arrays of 85,000 entries, each read was a cache miss of its
 * own; side by side, the path's read brings in the merge's.
 */
final class CoreWordData {
    private static final double LOG_TOTAL = Math.log(Predefine.TOTAL_FREQUENCY);
    /** Per word id: the cost's bits, then the custom walk (0 until learnt). */
    private static final long[] DATA = new long[2 * CoreDictionary.trie.size()];

    static {
        for (int id = 0; id < CoreDictionary.trie.size(); id++) {
            CoreDictionary.Attribute a = CoreDictionary.trie.get(id);
            if (a != null) {
                DATA[id << 1] = Double.doubleToRawLongBits(cost(a.totalFrequency));
            }
        }
    }

    private CoreWordData() {
    }

    /** A word's path cost: -log of its relative frequency, HanLP's frequencies plus one. */
    static double cost(int frequency) {
        return LOG_TOTAL - Math.log(frequency + 1);
    }

    /** The path cost of core word {@code id}. */
    static double costOf(int id) {
        return Double.longBitsToDouble(DATA[id << 1]);
    }

    /** The custom walk over word {@code id} remembered by {@link #rememberCustomWalk}, or 0. */
    static long customWalk(int id) {
        return DATA[(id << 1) + 1];
    }

    /** Threads that race here write the same value, and a 64-bit JVM writes a long whole. */
    static void rememberCustomWalk(int id, long walk) {
        DATA[(id << 1) + 1] = walk;
    }
}
