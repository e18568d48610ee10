package org.pensionbot.search;

/**
 * A set of {@link TermCode}s as one bit per hash, kept in front of a hash table: a clear bit
 * proves a code absent for the price of a multiplication and a bit test, where a table probe
 * into a large or cold table costs a cache miss. A set bit only means "look it up".
 *
 * <p>Not thread-safe while codes are added; safe to read from many threads once filled and published.
 */
final class CodeFilter {

    private final long[] bits;
    private final int shift;

    /** A filter of {@code 2^log2Bits} bits; a few thousand codes in 2^16 bits (8 KB) set under a tenth of them. */
    CodeFilter(int log2Bits) {
        if (log2Bits < 6 || log2Bits > 30) {
            throw new IllegalArgumentException("between 2^6 and 2^30 bits, got 2^" + log2Bits);
        }
        this.bits = new long[1 << (log2Bits - 6)];
        this.shift = Long.SIZE - log2Bits;
    }

    void add(long code) {
        int bit = bit(code);
        bits[bit >>> 6] |= 1L << bit;
    }

    /** False when {@code code} was certainly never added. */
    boolean mightContain(long code) {
        int bit = bit(code);
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    /**
     * The top bits of the code's Fibonacci hash: they depend on every bit of the code, where the
     * code's own top bits are its first character's and its low bits its kind.
     */
    private int bit(long code) {
        return (int) ((code * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
