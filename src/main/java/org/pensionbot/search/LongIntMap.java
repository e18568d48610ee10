package org.pensionbot.search;

/**
 * A hash map from {@code long} to {@code int} with open addressing over primitive arrays; a key
 * that was never stored maps to 0. Used where boxing would dominate: counting the term codes of
 * a 10,000-entry corpus (about ten million increments) and looking up dictionary words a few
 * times per character. Not thread-safe while written; safe to read from many threads once
 * filled and published.
 */
final class LongIntMap {

    /** Marks an empty slot; the key 0 itself is kept aside in {@link #zeroValue}. */
    private static final long EMPTY = 0;

    private long[] keys;
    private int[] values;
    private int size;
    private int zeroValue;

    LongIntMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedSize * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    int get(long key) {
        return key == EMPTY ? zeroValue : values[slot(key)];
    }

    void put(long key, int value) {
        if (key == EMPTY) {
            zeroValue = value;
            return;
        }
        int slot = claim(key);
        values[slot] = value;
    }

    void increment(long key) {
        if (key == EMPTY) {
            zeroValue++;
            return;
        }
        int slot = claim(key);
        values[slot]++;
    }

    /**
     * Adds one to the value of a key already stored and returns what the value was; returns 0,
     * storing nothing, for a key never stored (or one whose value is 0). One probe where
     * {@code get} and {@code put} take two.
     */
    int incrementIfPresent(long key) {
        if (key == EMPTY) {
            return zeroValue == 0 ? 0 : zeroValue++;
        }
        int slot = slot(key);
        return keys[slot] == EMPTY ? 0 : values[slot]++;
    }

    /** Calls {@code action} with every key stored, and its value. */
    void forEach(EntryConsumer action) {
        if (zeroValue != 0) {
            action.accept(EMPTY, zeroValue);
        }
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                action.accept(keys[slot], values[slot]);
            }
        }
    }

    interface EntryConsumer {
        void accept(long key, int value);
    }

    /** The slot for {@code key}, inserting the key (with value 0) if absent. */
    private int claim(long key) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
            if (size * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
        }
        return slot;
    }

    /** The slot holding {@code key}, or the empty slot where it belongs. */
    private int slot(long key) {
        int mask = keys.length - 1;
        // Fibonacci hashing: the high bits of the product depend on every bit of the key. Term
        // codes keep their kind in the low two bits, so masking the key itself would fill only
        // every fourth slot and make probe runs long.
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - Integer.numberOfTrailingZeros(keys.length)));
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
