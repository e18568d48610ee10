package org.pensionbot.search;

/**
 * A term as a 64-bit code: a hash of its characters with its kind in the two lowest bits. The index
 * keeps hundreds of thousands of variants, each with dozens of terms; as codes they are a sorted
 * {@code long[]} per variant instead of a set of strings, which made building and matching a
 * 10,000-entry corpus several times faster and smaller. Two distinct terms sharing a code is
 * possible in principle; at a million distinct terms the chance is about one in thirty million.
 */
final class TermCode {

    /** A word found by {@link WordSegmenter} (or a run of Latin letters and digits). */
    static final int WORD = 0;
    /** A single Han character. */
    static final int UNIGRAM = 1;
    /** Two neighbouring Han characters, or a run of Latin letters and digits. */
    static final int GRAM = 2;

    private static final long[] SEEDS = {0xcbf29ce484222325L, 0x84222325cbf29ce4L, 0x9ce484222325cbf2L};
    private static final long FNV_PRIME = 0x100000001b3L;

    private TermCode() {
    }

    static long of(int kind, char[] text, int start, int end) {
        long hash = start(kind);
        for (int i = start; i < end; i++) {
            hash = extend(hash, text[i]);
        }
        return finish(kind, hash);
    }

    /**
     * Hashing one character at a time, for callers that try ever longer words from one start
     * ({@link WordSegmenter}): {@code finish(kind, extend(extend(start(kind), a), b))} equals
     * {@code of(kind, "ab")}.
     */
    static long start(int kind) {
        return SEEDS[kind];
    }

    static long extend(long hash, char next) {
        return (hash ^ next) * FNV_PRIME;
    }

    static long finish(int kind, long hash) {
        return (mix(hash) & ~3L) | kind;
    }

    static long of(int kind, String text) {
        return of(kind, text.toCharArray(), 0, text.length());
    }

    static int kind(long code) {
        return (int) (code & 3);
    }

    /** MurmurHash3's finaliser: spreads FNV's weak low bits over the whole code. */
    private static long mix(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
