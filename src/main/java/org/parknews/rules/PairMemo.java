package org.parknews.rules;

/**
 * Remembers one value per pair of characters, in a fixed number of slots: a pair whose slot
 * another pair took is simply worked out again. Scans ask about the pair at every candidate
 * position, and a hash map's boxing and probing cost more than the regex calls they saved;
 * a fixed table also bounds memory on text with millions of distinct pairs. Threads may race
 * on a slot; each writes a whole immutable entry, so a reader sees one or the other.
 */
final class PairMemo<V> {
    private static final int BITS = 15;

    private record Entry<V>(int pair, V value) {
    }

    @SuppressWarnings("unchecked")
    private final Entry<V>[] slots = new Entry[1 << BITS];

    /** The value remembered for {@code first, second}, or null. */
    V get(char first, char second) {
        int pair = first << 16 | second;
        Entry<V> e = slots[slot(pair)];
        return e != null && e.pair() == pair ? e.value() : null;
    }

    void put(char first, char second, V value) {
        int pair = first << 16 | second;
        slots[slot(pair)] = new Entry<>(pair, value);
    }

    /** MurmurHash3's finaliser: both characters reach every bit of the slot number. */
    private static int slot(int pair) {
        int h = pair;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & ((1 << BITS) - 1);
    }
}
