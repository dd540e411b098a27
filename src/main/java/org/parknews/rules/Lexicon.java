package org.parknews.rules;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of strings found in text in one pass (Aho-Corasick over a double-array trie, as HanLP
 * ships it), each carrying a value such as a canonical name or a unit definition.
 */
public final class Lexicon<V> {
    /** One occurrence of an entry: UTF-16 span and the entry's value. */
    public record Match<V>(int start, int end, String key, V value) {
    }

    private final AhoCorasickDoubleArrayTrie<V> trie;
    private final Map<String, V> entries;

    public Lexicon(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        if (!entries.isEmpty()) {
            trie.build(new TreeMap<>(entries));
        }
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
        if (entries.isEmpty()) {
            return out;
        }
        trie.parseText(text, (begin, end, value) -> out.add(new Match<>(begin, end, text.substring(begin, end), value)));
        out.sort(Comparator.<Match<V>>comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        return out;
    }

    /** Leftmost-longest occurrences that do not overlap each other. */
    public List<Match<V>> findLongest(String text) {
        List<Match<V>> out = new ArrayList<>();
        int covered = 0;
        for (Match<V> m : findAll(text)) {
            if (m.start() >= covered) {
                out.add(m);
                covered = m.end();
            }
        }
        return out;
    }
}
