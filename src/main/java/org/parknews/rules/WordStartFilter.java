package org.parknews.rules;

/**
 * Which pairs of characters start a word of some set: a {@link KeyFilter} over each word's
 * first two characters, a one-character word counting as (c, {@link #WORD_END}). A scan asks
 * it before walking a trie from a position: in prose a word list's first characters are
 * common and its first pairs rare, and each walk that fails at its second step cost a cache
 * miss.
 */
public final class WordStartFilter {
    /** The second character of a one-character word's pair. */
    public static final char WORD_END = '\uFFFF';

    private final KeyFilter pairs;

    /** @param size the number of bits, a power of two */
    public WordStartFilter(int size) {
        this.pairs = new KeyFilter(size);
    }

    public void addWord(CharSequence word) {
        addPair(word.charAt(0), word.length() > 1 ? word.charAt(1) : WORD_END);
    }

    /** Adds a word's first two characters ({@link #WORD_END} second for a one-character word). */
    public void addPair(char first, char second) {
        pairs.add(CharKeys.key(first, second));
    }

    /** False only when no word starts with {@code first} then {@code second} ({@link #WORD_END}: is {@code first} alone). */
    public boolean mayStartWith(char first, char second) {
        return pairs.mayContain(CharKeys.key(first, second));
    }

    /** False only when no word can start at {@code at}: neither is {@code s[at]} one alone, nor does one start with it and the next. */
    public boolean mayStartAt(char[] s, int at) {
        char first = s[at];
        return mayStartWith(first, WORD_END) || at + 1 < s.length && mayStartWith(first, s[at + 1]);
    }

    /** {@link #mayStartAt(char[], int)} over a string. */
    public boolean mayStartAt(String s, int at) {
        char first = s.charAt(at);
        return mayStartWith(first, WORD_END) || at + 1 < s.length() && mayStartWith(first, s.charAt(at + 1));
    }
}
