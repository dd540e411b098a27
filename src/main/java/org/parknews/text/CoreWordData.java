package org.parknews.text;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per core-dictionary word, what the dictionary route reads about its words, side by side in
 * one array: the word's path cost, read for every candidate word, then its tag and the
 * custom-dictionary walk over the word ({@link CustomWords#fromRoot}), read again for each
 * word the path keeps. Kept in separate arrays of 85,000 entries, each read was a cache miss
 * of its own; side by side, the path's read brings in the rest. (A float cost in a table of
 * its own, half the size, was 2% slower for that reason.)
 */
final class CoreWordData {
    private static final double LOG_TOTAL = Math.log(Predefine.TOTAL_FREQUENCY);
    /**
     * A walk's value index plus two sits below its state, each as wide as the packed trie can
     * give it (the index plus two takes one bit more than the trie's index plus one).
     */
    private static final int WALK_STATE_BITS = PackedTrie.BASE_BITS;
    private static final int WALK_WORD_BITS = PackedTrie.WORD_BITS + 1;
    private static final long WALK_WORD_MASK = (1L << WALK_WORD_BITS) - 1;
    /** The second long of a word: the walk in the high bits, the index of the word's tag in the low ones left. */
    private static final int TAG_BITS = Long.SIZE - WALK_STATE_BITS - WALK_WORD_BITS;
    private static final long TAG_MASK = (1L << TAG_BITS) - 1;
    /** The distinct tags, by index. */
    private static final String[] TAGS;
    /** Per word id: the cost's bits, then the walk (0 until learnt) above the tag's index. */
    private static final long[] DATA = new long[2 * CoreDictionary.trie.size()];

    static {
        List<String> tags = new ArrayList<>();
        Map<String, Integer> tagIndex = new HashMap<>();
        tags.add(null); // index 0: a word without an attribute, never on a path
        for (int id = 0; id < CoreDictionary.trie.size(); id++) {
            CoreDictionary.Attribute a = CoreDictionary.trie.get(id);
            if (a != null) {
                DATA[id << 1] = Double.doubleToRawLongBits(cost(a.totalFrequency));
                int index = tagIndex.computeIfAbsent(pathTag(a).toString(), t -> {
                    tags.add(t);
                    return tags.size() - 1;
                });
                DATA[(id << 1) + 1] = index; // HanLP has a few hundred tags at most: far below TAG_MASK (65,535)
            }
        }
        TAGS = tags.toArray(String[]::new);
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

    /** The tag core word {@code id} carries on a path. */
    static String tagOf(int id) {
        return TAGS[(int) (DATA[(id << 1) + 1] & TAG_MASK)];
    }

    /**
     * The tag HanLP's path vertex carries for a dictionary word: its first tag, except that a
     * word with a single number, string or time tag takes the tag of HanLP's placeholder word
     * for that class (the vertex constructor swaps the attribute).
     */
    private static Nature pathTag(CoreDictionary.Attribute a) {
        Nature first = a.nature[0];
        if (a.nature.length == 1) {
            if (first.startsWith('m')) {
                return CoreDictionary.get(CoreDictionary.M_WORD_ID).nature[0];
            }
            if (first.startsWith('x')) {
                return CoreDictionary.get(CoreDictionary.X_WORD_ID).nature[0];
            }
            if (first == Nature.t) {
                return CoreDictionary.get(CoreDictionary.T_WORD_ID).nature[0];
            }
        }
        return first;
    }

    /** The custom walk over word {@code id} remembered by {@link #rememberCustomWalk}, or 0. */
    static long customWalk(int id) {
        long walk = DATA[(id << 1) + 1] >>> TAG_BITS;
        return walk == 0 ? 0 : (walk >>> WALK_WORD_BITS) << 32 | (walk & WALK_WORD_MASK);
    }

    /**
     * Keeps {@code walk} ({@link CustomWords#fromRoot}'s form: state above, value index plus
     * two below) for word {@code id}; a walk whose fields do not fit is not kept and is walked
     * again when next asked. Threads that race here write the same value, and a 64-bit JVM
     * writes a long whole.
     */
    static void rememberCustomWalk(int id, long walk) {
        long state = walk >>> 32;
        long word = walk & 0xFFFF_FFFFL;
        if (state >= 1L << WALK_STATE_BITS || word > WALK_WORD_MASK) {
            return;
        }
        int at = (id << 1) + 1;
        DATA[at] = (state << WALK_WORD_BITS | word) << TAG_BITS | (DATA[at] & TAG_MASK);
    }
}
