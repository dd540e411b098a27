package org.parknews.rules;

/**
 * A Bloom filter with one hash over 64-bit keys: a bit table small enough to stay in cache,
 * asked before a lookup in a table that is not. False means the key was never added; true may
 * be a false alarm.
 */
public final class KeyFilter {
    private final long[] bits;
    private final int mask;

    /** @param size the number of bits, a power of two */
    public KeyFilter(int size) {
        if (Integer.bitCount(size) != 1 || size < 64) {
            throw new IllegalArgumentException("a filter's size is a power of two of at least 64 bits: " + size);
        }
        this.bits = new long[size / 64];
        this.mask = size - 1;
    }

    public void add(long key) {
        int bit = CharKeys.hash(key) & mask;
        bits[bit >>> 6] |= 1L << bit;
    }

    /** False only when {@code key} was never added. */
    public boolean mayContain(long key) {
        int bit = CharKeys.hash(key) & mask;
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }
}
