package org.parknews.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers one value per pair of characters, in a fixed number of slots: a pair whose slot
 * another pair took is simply worked out again. Scans ask about the pair at every candidate
 * position, and a hash map's boxing and probing cost more than the regex calls they saved.
 * A fixed table also bounds memory on text with millions of distinct pairs.
 *
 * <p>A slot is one long: the pair in the high half, and in the low half one plus the index of
 * the value in a list of the distinct values (a group of patterns has few). One read of one
 * array answers a lookup, where a slot holding an entry object cost a second cache miss. A
 * long is written whole, so a reader racing a writer sees the old slot or the new one; a
 * value index the reader's copy of the list lacks counts as not remembered.
 */
final class PairMemo<V> {
    private static final int BITS = 15;

    private final long[] slots = new long[1 << BITS];
    /** The distinct values, each once; replaced whole (copy on write) when one is added. */
    private volatile List<V> values = List.of();

    /** The value remembered for {@code first, second}, or null. */
    V get(char first, char second) {
        int pair = first << 16 | second;
        long slot = slots[slot(first, second)];
        int index = (int) slot - 1;
        if ((int) (slot >>> 32) != pair || index < 0) {
            return null;
        }
        List<V> known = values;
        return index < known.size() ? known.get(index) : null;
    }

    void put(char first, char second, V value) {
        int pair = first << 16 | second;
        slots[slot(first, second)] = (long) pair << 32 | (indexOf(value) + 1L);
    }

    private static int slot(char first, char second) {
        return CharPairs.hash(first, second) & ((1 << BITS) - 1);
    }

    private synchronized int indexOf(V value) {
        int index = values.indexOf(value);
        if (index < 0) {
            List<V> grown = new ArrayList<>(values);
            grown.add(value);
            values = List.copyOf(grown);
            index = grown.size() - 1;
        }
        return index;
    }
}
