package org.parknews.rules;

/**
 * Keys for runs of two or three characters, and their hash, for the tables that remember or
 * filter such runs ({@link CharsMemo}, the pair filter of the segmenter's tries).
 */
public final class CharKeys {
    private CharKeys() {
    }

    /** The key of two characters. */
    public static long key(char first, char second) {
        return (long) first << 16 | second;
    }

    /** The key of three characters. */
    public static long key(char first, char second, char third) {
        return (long) first << 32 | (long) second << 16 | third;
    }

    /**
     * MurmurHash3's 64-bit finaliser, cut to an int: every character reaches every bit, so any
     * run of low bits spreads keys that differ in any character (a plain multiply left half of
     * 4,000 digit pairs colliding in a 32,768-slot table).
     */
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
