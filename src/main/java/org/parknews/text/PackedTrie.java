package org.parknews.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

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

    private final int[] slots;
    private final int size;
    private final int root;

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

    /** The state a transition leads to: HanLP's {@code transition(c, state)}. */
    int target(int slot) {
        return slots[slot * WIDTH + BASE];
    }

    /** The index of the word the transition's target state ends ({@code output}), or -1. */
    int word(int slot) {
        return slots[slot * WIDTH + WORD];
    }
}
