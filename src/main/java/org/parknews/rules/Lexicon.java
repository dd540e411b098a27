package org.parknews.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of strings found in text, each carrying a value such as a canonical name or a unit
 * definition. Every text position that can start an entry is walked down a {@link WordTrie}:
 * entries are short words, so a walk ends after a character or two, and matches come out in
 * the order callers want without sorting.
 */
public final class Lexicon<V> {
    /** One occurrence of an entry: UTF-16 span and the entry's value. */
    public record Match<V>(int start, int end, String key, V value) {
    }

    private final Map<String, V> entries;
    /** The entries in the trie's word numbering. */
    private final List<String> keys;
    private final List<V> values;
    private final WordTrie trie;

    public Lexicon(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        TreeMap<String, V> sorted = new TreeMap<>(entries);
        this.keys = List.copyOf(sorted.keySet());
        this.values = List.copyOf(sorted.values());
        this.trie = new WordTrie(keys);
    }

    public static Lexicon<String> ofWords(Collection<String> words) {
        Map<String, String> m = new TreeMap<>();
        for (String w : words) {
            m.put(w, w);
        }
        return new Lexicon<>(m);
    }

    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    public V get(String key) {
        return entries.get(key);
    }

    public Collection<String> keys() {
        return entries.keySet();
    }

    /** Every occurrence, overlapping ones included, ordered by start then longest first. */
    public List<Match<V>> findAll(String text) {
        List<Match<V>> out = new ArrayList<>();
        for (int start = trie.nextStart(text, 0); start < text.length(); start = trie.nextStart(text, start + 1)) {
            // The walk meets shorter entries first: each goes in front of the longer ones after it.
            int first = out.size();
            int node = WordTrie.ROOT;
            for (int i = start; i < text.length() && (node = trie.child(node, text.charAt(i))) >= 0; i++) {
                int w = trie.wordAt(node);
                if (w >= 0) {
                    out.add(first, match(start, w));
                }
            }
        }
        return out;
    }

    /** Leftmost-longest occurrences that do not overlap each other. */
    public List<Match<V>> findLongest(String text) {
        List<Match<V>> out = new ArrayList<>();
        int n = text.length();
        int start = trie.nextStart(text, 0);
        while (start < n) {
            int word = longestWordAt(text, start, n);
            if (word >= 0) {
                Match<V> m = match(start, word);
                out.add(m);
                start = trie.nextStart(text, m.end());
            } else {
                start = trie.nextStart(text, start + 1);
            }
        }
        return out;
    }

    /** The longest entry that starts at {@code start} and ends by {@code limit}, or null. */
    public Match<V> longestAt(String text, int start, int limit) {
        int word = start < limit && trie.canStart(text.charAt(start)) ? longestWordAt(text, start, limit) : -1;
        return word < 0 ? null : match(start, word);
    }

    private int longestWordAt(String text, int start, int limit) {
        int longest = -1;
        int node = WordTrie.ROOT;
        for (int i = start; i < limit && (node = trie.child(node, text.charAt(i))) >= 0; i++) {
            int word = trie.wordAt(node);
            if (word >= 0) {
                longest = word;
            }
        }
        return longest;
    }

    /** The longest entry that ends exactly at {@code end} and starts at or after {@code from}, or null. */
    public Match<V> longestEndingAt(String text, int from, int end) {
        for (int start = Math.max(0, from); start < end; start++) {
            if (!trie.canStart(text.charAt(start))) {
                continue;
            }
            int node = WordTrie.ROOT;
            int i = start;
            while (i < end && (node = trie.child(node, text.charAt(i))) >= 0) {
                i++;
            }
            if (i == end && trie.wordAt(node) >= 0) {
                return match(start, trie.wordAt(node));
            }
        }
        return null;
    }

    private Match<V> match(int start, int word) {
        String key = keys.get(word);
        return new Match<>(start, start + key.length(), key, values.get(word));
    }
}
