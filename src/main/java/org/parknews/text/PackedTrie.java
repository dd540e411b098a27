package org.parknews.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import java.util.Arrays;
import org.parknews.rules.KeyFilter;
import org.parknews.rules.WordStartFilter;

/**
 * The structure of one of HanLP's double-array tries laid out for walking: each slot (a
 * possible transition) is one long holding its base, the character that leads into it and
 * the word that the state it leads to ends. HanLP keeps base and check in two arrays, and
 * whether a state ends a word sits at another index again, so every step of a dictionary walk
 * waited on three cache misses; here it waits on one, in a table half the size of HanLP's two
 * arrays together. Walks give exactly HanLP's states; values stay in HanLP's trie, looked up
 * by index.
 *
 * <p>A slot stores its character instead of its check: a step on {@code c} from {@code state}
 * lands on {@code p = state + c + 1}, and HanLP's test {@code check[p] == state} is the same
 * as {@code p - check[p] - 1 == c}, which fits in 17 bits where a check takes 32.
 */
final class PackedTrie {
    /** Bits of a slot's target state: a walk's state never needs more ({@link CoreWordData} relies on it). */
    static final int BASE_BITS = 27;
    private static final long BASE_MASK = (1L << BASE_BITS) - 1;
    /** One plus the character stepped on to reach the slot; 0 where no step lands (an unused slot, a word's end marker). */
    private static final int CHAR_SHIFT = BASE_BITS;
    private static final int CHAR_BITS = 17;
    private static final long CHAR_MASK = (1L << CHAR_BITS) - 1;
    /** One plus the index of the word the slot's target state ends; 0 for none. */
    private static final int WORD_SHIFT = CHAR_SHIFT + CHAR_BITS;
    /** Bits of one plus a word's index: a walk's word index never needs more ({@link CoreWordData} relies on it). */
    static final int WORD_BITS = Long.SIZE - WORD_SHIFT;
    private static final long MAX_WORDS = (1L << WORD_BITS) - 2;

    private static final int PAIR_BITS = 1 << 19;
    private static final int TRANSITION_BITS = 1 << 20;

    private final long[] slots;
    private final int size;
    private final int root;
    /**
     * The first two characters of every word: 64 KB, which stays in cache, where the slots
     * are megabytes. Most two-character steps of a walk lead nowhere, and each cost a cache miss.
     * At twice the size (and the transition filter's too) a pass took 4% more time: the filters
     * answered a few more steps and crowded more of everything else out of the cache.
     */
    private final WordStartFilter wordStarts = new WordStartFilter(PAIR_BITS);
    /**
     * Every transition, as (state, character): 128 KB. Past the first two characters most
     * steps of a walk fail, and the filter answers most of those failures from cache
     * ({@link #slotIfAny}).
     */
    private final KeyFilter transitions = new KeyFilter(TRANSITION_BITS);

    PackedTrie(DoubleArrayTrie<?> trie) {
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        size = Math.min(base.length, check.length);
        slots = new long[size];
        for (int p = 0; p < size; p++) {
            slots[p] = pack(p, base, check);
        }
        root = base[0];
        addWordStarts(base, check);
        addTransitions(check);
    }

    /** A slot whose check is a state below it is that state's transition on the character between. */
    private void addTransitions(int[] check) {
        for (int p = 0; p < size; p++) {
            int c = p - check[p] - 1;
            if (c >= 0 && c <= Character.MAX_VALUE) {
                transitions.add(transitionKey(check[p], (char) c));
            }
        }
    }

    /**
     * Reads every word's first two characters off the structure, without the words: a slot
     * whose check is the root's base is a first character, and a slot whose check is such a
     * character's base is a second one, or ends the word when it sits at that base itself.
     */
    private void addWordStarts(int[] base, int[] check) {
        int[] firstCharOf = new int[size];
        Arrays.fill(firstCharOf, -1);
        for (int p = 0; p < size; p++) {
            int c = p - root - 1;
            if (check[p] == root && c >= 0 && c <= Character.MAX_VALUE && base[p] >= 0 && base[p] < size) {
                firstCharOf[base[p]] = c;
            }
        }
        for (int p = 0; p < size; p++) {
            int parent = check[p];
            int first = parent >= 0 && parent < size ? firstCharOf[parent] : -1;
            if (first >= 0) {
                int second = p == parent ? WordStartFilter.WORD_END : p - parent - 1;
                if (second >= 0 && second <= Character.MAX_VALUE) {
                    wordStarts.addPair((char) first, (char) second);
                }
            }
        }
    }

    /**
     * False only when no word starts with {@code first} followed by {@code second}
     * ({@link WordStartFilter#WORD_END}: no word is {@code first} alone). True may be a false alarm.
     */
    boolean mayHaveWordsStarting(char first, char second) {
        return wordStarts.mayStartWith(first, second);
    }

    /** False only when no word can start at {@code s[at]} ({@link WordStartFilter#mayStartAt}). */
    boolean mayHaveWordStartingAt(char[] s, int at) {
        return wordStarts.mayStartAt(s, at);
    }

    /** Slot {@code p} as one long; a trie too large for the fields is refused rather than walked wrong. */
    private long pack(int p, int[] base, int[] check) {
        long c = (long) p - check[p] - 1;
        if (c < 0 || c > Character.MAX_VALUE) {
            return 0; // no character step lands here (a word's end marker has check == p)
        }
        int target = base[p];
        int word = wordEndedBy(base, check, target);
        if (target < 0 || target > BASE_MASK || word > MAX_WORDS) {
            throw new IllegalStateException("HanLP trie of " + size + " slots does not fit the packed layout (state "
                    + target + ", word " + word + ")");
        }
        return target | (c + 1) << CHAR_SHIFT | (long) (word + 1) << WORD_SHIFT;
    }

    /** {@code DoubleArrayTrie.output(state)} as an index into the trie's values, or -1. */
    private static int wordEndedBy(int[] base, int[] check, int state) {
        if (state < 0 || state >= base.length || state >= check.length) {
            return -1;
        }
        return check[state] == state && base[state] < 0 ? -base[state] - 1 : -1;
    }

    /** The state {@code DoubleArrayTrie.getSearcher} starts every match from. */
    int root() {
        return root;
    }

    /** The slot of the transition on {@code c} from {@code state}, or -1 where HanLP's transition fails. */
    int slot(char c, int state) {
        int p = state + c + 1;
        if (state < 0 || p >= size || (slots[p] >>> CHAR_SHIFT & CHAR_MASK) != c + 1) {
            return -1;
        }
        return p;
    }

    /**
     * {@link #slot}, asking the transition filter first: for steps that mostly fail, where the
     * filter's read replaces a cache miss in the slots.
     */
    int slotIfAny(char c, int state) {
        return mayHaveTransition(state, c) ? slot(c, state) : -1;
    }

    /** False only when {@code state} has no transition on {@code c}. True may be a false alarm. */
    boolean mayHaveTransition(int state, char c) {
        return transitions.mayContain(transitionKey(state, c));
    }

    private static long transitionKey(int state, char c) {
        return (long) state << 16 | c;
    }

    /** The state a transition leads to: HanLP's {@code transition(c, state)}. */
    int target(int slot) {
        return (int) (slots[slot] & BASE_MASK);
    }

    /** The index of the word the transition's target state ends ({@code output}), or -1. */
    int word(int slot) {
        return (int) (slots[slot] >>> WORD_SHIFT) - 1;
    }
}
