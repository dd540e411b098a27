package org.parknews.rules;

/** Hashing of short runs of characters, for the tables that remember or filter them. */
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

    /** MurmurHash3's 64-bit finaliser over a key of up to three characters, cut to an int. */
    public static int hash(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
