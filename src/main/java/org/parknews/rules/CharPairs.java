package org.parknews.rules;

/** Hashing of character pairs, for the tables that remember or filter pairs. */
public final class CharPairs {
    private CharPairs() {
    }

    /**
     * MurmurHash3's finaliser over the pair: both characters reach every bit, so any run of
     * low bits spreads pairs that differ in either character (a plain multiply left half of
     * 4,000 digit pairs colliding in a 32,768-slot table).
     */
    public static int hash(char first, char second) {
        int h = first << 16 | second;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
