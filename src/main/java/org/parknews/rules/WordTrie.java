package org.parknews.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * A trie over UTF-16 characters that numbers its words, walked one character at a time by
 * {@link Lexicon}. Which characters can start a word is kept as a bit per BMP character: most
 * of a text starts no word, and that test reads an 8 KB table that stays in cache, where
 * Aho-Corasick over a double array read a distant array entry for every character. The edges
 * are one open-addressing hash table from (node, character) to child: a probe or two per step
 * where a search through a node's sorted children mispredicted a branch per level. A second
 * bit table, over the first two characters of the words, passes over most starts whose next
 * character leads nowhere: in prose a lexicon's first characters are common, its pairs rare.
 */
final class WordTrie {
    static final int ROOT = 0;
    private static final long NO_EDGE = -1;
    private static final int PAIR_BITS = 1 << 17;

    private final CharBits startChars = new CharBits();
    /** Each word's first two characters: 16 KB. */
    private final WordStartFilter wordStarts = new WordStartFilter(PAIR_BITS);
    /** Edge keys (node << 16 | character) and, at the same slot, the child node. */
    private final long[] edgeKeys;
    private final int[] edgeChildren;
    private final int mask;
    /** Per node, the number of the word ending there, or -1. */
    private final int[] word;

    /** @param words the words, numbered by their position in the list; none empty */
    WordTrie(List<String> words) {
        Map<Long, Integer> edges = new HashMap<>();
        List<Integer> ends = new ArrayList<>();
        ends.add(-1);
        for (int w = 0; w < words.size(); w++) {
            String s = words.get(w);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("a lexicon word is empty");
            }
            startChars.add(s.charAt(0));
            wordStarts.addWord(s);
            int node = ROOT;
            for (int i = 0; i < s.length(); i++) {
                Integer next = edges.get(edgeKey(node, s.charAt(i)));
                if (next == null) {
                    next = ends.size();
                    edges.put(edgeKey(node, s.charAt(i)), next);
                    ends.add(-1);
                }
                node = next;
            }
            ends.set(node, w);
        }
        int slots = Integer.highestOneBit(Math.max(8, edges.size() * 4) - 1) << 1;
        mask = slots - 1;
        edgeKeys = new long[slots];
        edgeChildren = new int[slots];
        Arrays.fill(edgeKeys, NO_EDGE);
        for (Map.Entry<Long, Integer> e : edges.entrySet()) {
            int slot = slotOf(e.getKey());
            while (edgeKeys[slot] != NO_EDGE) {
                slot = (slot + 1) & mask;
            }
            edgeKeys[slot] = e.getKey();
            edgeChildren[slot] = e.getValue();
        }
        word = ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True when some word starts with {@code c}. */
    boolean canStart(char c) {
        return startChars.contains(c);
    }

    /**
     * The first offset at or after {@code from} where a word may start, reading on to the
     * text's end; the text's length if none. Passed-over offsets start no word.
     */
    int nextStart(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (canStart(text.charAt(i)) && wordStarts.mayStartAt(text, i)) {
                return i;
            }
        }
        return n;
    }

    /** The node reached from {@code node} over {@code c}, or -1. */
    int child(int node, char c) {
        long key = edgeKey(node, c);
        for (int slot = slotOf(key); edgeKeys[slot] != NO_EDGE; slot = (slot + 1) & mask) {
            if (edgeKeys[slot] == key) {
                return edgeChildren[slot];
            }
        }
        return -1;
    }

    /** The number of the word that ends at {@code node}, or -1. */
    int wordAt(int node) {
        return word[node];
    }

    private static long edgeKey(int node, char c) {
        return (long) node << 16 | c;
    }

    private int slotOf(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
