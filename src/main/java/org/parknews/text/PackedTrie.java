package org.parknews.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;

/**
 * The structure of one of HanLP's double-array tries with each state's base and check side by
 * side in one array. A transition reads both, and HanLP keeps them in two arrays of several
 * megabytes, so every step of a dictionary walk waited for two cache misses; packed, it waits
 * for one. Walks give exactly HanLP's states; values stay in HanLP's trie, looked up by index.
 */
final class PackedTrie {
    /** Entry {@code 2s} is base[s], entry {@code 2s + 1} is check[s]. */
    private final int[] baseCheck;
    private final int root;

    PackedTrie(DoubleArrayTrie<?> trie) {
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        int size = Math.min(base.length, check.length);
        baseCheck = new int[size * 2];
        for (int s = 0; s < size; s++) {
            baseCheck[2 * s] = base[s];
            baseCheck[2 * s + 1] = check[s];
        }
        root = base[0];
    }

    /** The state {@code DoubleArrayTrie.getSearcher} starts every match from. */
    int root() {
        return root;
    }

    /** {@code DoubleArrayTrie.transition(c, state)}: the next state, or -1. */
    int transition(char c, int state) {
        int p = state + c + 1;
        if (state < 0 || p >= baseCheck.length / 2 || baseCheck[2 * p + 1] != state) {
            return -1;
        }
        return baseCheck[2 * p];
    }

    /** {@code DoubleArrayTrie.output(state)} as an index into the trie's values, or -1 when the state ends no word. */
    int valueIndex(int state) {
        if (state < 0 || state >= baseCheck.length / 2) {
            return -1;
        }
        int n = baseCheck[2 * state];
        return baseCheck[2 * state + 1] == state && n < 0 ? -n - 1 : -1;
    }
}
