package org.parknews.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import java.util.Arrays;
import org.parknews.rules.KeyFilter;
import org.parknews.rules.WordStartFilter;

/**
 * The structure of one of HanLP's double-array tries laid out for walking: each slot (a
 * possible transition) holds its base, its check and the word that the state it leads to
 * ends, side by side in one array. HanLP keeps base and check in two arrays of several
 * megabytes, and whether a state ends a word sits at another index again, so every step of a
 * dictionary walk waited on three cache misses; here it waits on one. Walks give exactly
 * HanLP's states; values stay in HanLP's trie, looked up by index.
 */
final class PackedTrie {
    private static final int BASE = 0;
    private static final int CHECK = 1;
    private static final int WORD = 2;
    /** Four ints a slot, so a slot never straddles two cache lines. */
    private static final int WIDTH = 4;

    private static final int PAIR_BITS = 1 << 20;
    private static final int TRANSITION_BITS = 1 << 21;

    private final int[] slots;
    private final int size;
    private final int root;
    /**
     * The first two characters of every word: 128 KB, which stays in cache, where the slots
     * are megabytes. Most two-character steps of a walk lead nowhere, and each cost a cache miss.
     */
    private final WordStartFilter wordStarts = new WordStartFilter(PAIR_BITS);
    /**
     * Every transition, as (state, character): 256 KB. Past the first two characters most
     * steps of a walk fail, and the filter answers most of those failures from cache
     * ({@link #slotIfAny}).
     */
    private final KeyFilter transitions = new KeyFilter(TRANSITION_BITS);

    PackedTrie(DoubleArrayTrie<?> trie) {
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        size = Math.min(base.length, check.length);
        slots = new int[size * WIDTH];
        for (int p = 0; p < size; p++) {
            slots[p * WIDTH + BASE] = base[p];
            slots[p * WIDTH + CHECK] = check[p];
            slots[p * WIDTH + WORD] = wordEndedBy(base, check, base[p]);
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
        if (state < 0 || p >= size || slots[p * WIDTH + CHECK] != state) {
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
        return slots[slot * WIDTH + BASE];
    }

    /** The index of the word the transition's target state ends ({@code output}), or -1. */
    int word(int slot) {
        return slots[slot * WIDTH + WORD];
    }
}
