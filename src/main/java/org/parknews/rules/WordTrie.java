package org.parknews.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trie over UTF-16 characters that numbers its words, walked one character at a time by
 * {@link Lexicon}. Which characters can start a word is kept as a bit per BMP character: most
 * of a text starts no word, and that test reads an 8 KB table that stays in cache, where
 * Aho-Corasick over a double array read a distant array entry for every character.
 */
final class WordTrie {
    static final int ROOT = 0;

    private final long[] startChars = new long[(Character.MAX_VALUE + 1) / 64];
    /** Per node, its children's characters in ascending order and, at the same index, the child nodes. */
    private final char[][] labels;
    private final int[][] children;
    /** Per node, the number of the word ending there, or -1. */
    private final int[] word;

    /** @param words the words, numbered by their position in the list; none empty */
    WordTrie(List<String> words) {
        List<TreeMap<Character, Integer>> edges = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        edges.add(new TreeMap<>());
        ends.add(-1);
        for (int w = 0; w < words.size(); w++) {
            String s = words.get(w);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("a lexicon word is empty");
            }
            startChars[s.charAt(0) >>> 6] |= 1L << s.charAt(0);
            int node = ROOT;
            for (int i = 0; i < s.length(); i++) {
                Integer next = edges.get(node).get(s.charAt(i));
                if (next == null) {
                    next = edges.size();
                    edges.get(node).put(s.charAt(i), next);
                    edges.add(new TreeMap<>());
                    ends.add(-1);
                }
                node = next;
            }
            ends.set(node, w);
        }
        labels = new char[edges.size()][];
        children = new int[edges.size()][];
        word = new int[edges.size()];
        for (int n = 0; n < edges.size(); n++) {
            labels[n] = new char[edges.get(n).size()];
            children[n] = new int[edges.get(n).size()];
            int i = 0;
            for (Map.Entry<Character, Integer> e : edges.get(n).entrySet()) {
                labels[n][i] = e.getKey();
                children[n][i++] = e.getValue();
            }
            word[n] = ends.get(n);
        }
    }

    /** True when some word starts with {@code c}. */
    boolean canStart(char c) {
        return (startChars[c >>> 6] & (1L << c)) != 0;
    }

    /** The node reached from {@code node} over {@code c}, or -1. */
    int child(int node, char c) {
        int i = Arrays.binarySearch(labels[node], c);
        return i >= 0 ? children[node][i] : -1;
    }

    /** The number of the word that ends at {@code node}, or -1. */
    int wordAt(int node) {
        return word[node];
    }
}
