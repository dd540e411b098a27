package org.parknews.rules;

/**
 * A set of BMP characters as one bit each: 8 KB that stays in cache, for scans that ask about
 * every character of a text (String.indexOf on a list of characters, or a regex class, cost a
 * loop or a chain of calls each time).
 */
public final class CharBits {
    private final long[] bits = new long[(Character.MAX_VALUE + 1) / 64];

    /** The characters of {@code chars}. */
    public static CharBits of(CharSequence chars) {
        CharBits set = new CharBits();
        for (int i = 0; i < chars.length(); i++) {
            set.add(chars.charAt(i));
        }
        return set;
    }

    public void add(char c) {
        bits[c >>> 6] |= 1L << c;
    }

    public boolean contains(char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }
}
