package org.parknews.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers one value per key of up to three characters ({@link CharKeys#key}), in a fixed
 * number of slots: a key hashes to a pair of slots side by side (one cache line), and a key
 * whose pair two other keys took is simply worked out again. With one slot a key, keys that
 * collided evicted each other on every meeting: a pass over the corpus re-learnt 2,000 of
 * them, each a few regex probes. Scans ask at
 * every candidate position, and a hash map's boxing and probing cost more than the regex calls
 * they saved. A fixed table also bounds memory on text with millions of distinct keys.
 *
 * <p>A slot is one long: the key in the high 48 bits, and in the low 16 one plus the index of
 * the value in a list of the distinct values (a group of patterns has few). One read of one
 * array answers a lookup. A long is written whole, so a reader racing a writer sees the old
 * slot or the new one; a value index the reader's copy of the list lacks counts as not
 * remembered.
 */
final class CharsMemo<V> {
    private static final int BITS = 15;
    private static final int MAX_VALUES = 0xFFFF;

    private final long[] slots = new long[1 << BITS];
    /** The distinct values, each once; replaced whole (copy on write) when one is added. */
    private volatile List<V> values = List.of();

    /** The value remembered for {@code key}, or null. */
    V get(long key) {
        int first = slot(key);
        V value = valueIn(slots[first], key);
        return value != null ? value : valueIn(slots[first ^ 1], key);
    }

    private V valueIn(long slot, long key) {
        int index = (int) (slot & 0xFFFF) - 1;
        if (slot >>> 16 != key || index < 0) {
            return null;
        }
        List<V> known = values;
        return index < known.size() ? known.get(index) : null;
    }

    /** Takes the key's first slot, or the second when another key holds the first and the second is free. */
    void put(long key, V value) {
        int index = indexOf(value);
        if (index >= MAX_VALUES) {
            return;
        }
        int slot = slot(key);
        long held = slots[slot];
        if (held != 0 && held >>> 16 != key && slots[slot ^ 1] == 0) {
            slot ^= 1;
        }
        slots[slot] = key << 16 | (index + 1);
    }

    private static int slot(long key) {
        return CharKeys.hash(key) & ((1 << BITS) - 1);
    }

    private synchronized int indexOf(V value) {
        int index = values.indexOf(value);
        if (index < 0 && values.size() < MAX_VALUES) {
            List<V> grown = new ArrayList<>(values);
            grown.add(value);
            values = List.copyOf(grown);
            index = grown.size() - 1;
        }
        return index < 0 ? MAX_VALUES : index;
    }
}
