package org.pensionbot.search;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;

/**
 * Chinese words with how often each occurs: the core dictionary that ships inside Lucene's smartcn
 * module (about 86,000 words counted in the People's Daily corpus), read from the smartcn jar.
 *
 * <p>We use smartcn's dictionary but not its segmenter: its hidden-Markov path search costs about
 * 27 µs for a 21-character question, which made a 10,000-entry corpus take minutes to index.
 * {@link WordSegmenter} finds the same words in a tenth of the time (see BENCHMARKS.md).
 *
 * <p>Immutable once loaded; one shared instance, loaded on first use (about 0.3 s).
 */
final class Lexicon {

    /** Longer dictionary entries (idioms, names of organisations) are not worth the lookups. */
    static final int MAX_WORD_LENGTH = 8;

    /** Returned by {@link #frequency} for text that is neither a word nor the start of one. */
    static final int NOT_A_PREFIX = -1;
    /** Returned by {@link #frequency} for text that only starts longer words. */
    static final int PREFIX_ONLY = 0;

    private static final String CORE_DICTIONARY = "/org/apache/lucene/analysis/cn/smart/hhmm/coredict.mem";

    /** Word (and prefix) codes, as {@link TermCode#WORD} codes, to frequency + 1; absent is 0. */
    private final LongIntMap frequencies;
    private final double logTotal;

    private Lexicon(LongIntMap frequencies, long total) {
        this.frequencies = frequencies;
        this.logTotal = Math.log(total);
    }

    static Lexicon standard() {
        return Standard.INSTANCE;
    }

    /**
     * How often the word with this {@link TermCode#WORD} code occurs: a positive count for a
     * word, {@link #PREFIX_ONLY} for the start of longer words, {@link #NOT_A_PREFIX} otherwise.
     * Keyed by code so that segmentation, which tries ever longer words from each character,
     * extends one running hash instead of hashing each candidate afresh.
     */
    int frequency(long wordCode) {
        return frequencies.get(wordCode) - 1;
    }

    /** The natural log of the sum of all frequencies, to turn a frequency into a log-probability. */
    double logTotal() {
        return logTotal;
    }

    private static final class Standard {
        static final Lexicon INSTANCE = readCoreDictionary();
    }

    /**
     * The file is four serialised arrays (see smartcn's {@code WordDictionary}): a hash table of
     * first characters, the slot of each first character's word list, and per list the rest of
     * every word and its frequency. Only arrays may be deserialised.
     */
    private static Lexicon readCoreDictionary() {
        InputStream resource = Lexicon.class.getResourceAsStream(CORE_DICTIONARY);
        if (resource == null) {
            throw new IllegalStateException("smartcn's core dictionary is missing from the class path: " + CORE_DICTIONARY);
        }
        try (ObjectInputStream input = new ObjectInputStream(new BufferedInputStream(resource))) {
            input.setObjectInputFilter(info -> info.serialClass() == null || info.serialClass().isArray()
                    ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED);
            short[] listOfSlot = (short[]) input.readObject();
            char[] firstCharOfSlot = (char[]) input.readObject();
            char[][][] restOfWords = (char[][][]) input.readObject();
            int[][] frequencyOfWords = (int[][]) input.readObject();
            LongIntMap frequencies = new LongIntMap(200_000);
            long total = 0;
            for (int slot = 0; slot < firstCharOfSlot.length; slot++) {
                char first = firstCharOfSlot[slot];
                int list = listOfSlot[slot];
                if (first == 0 || list < 0 || restOfWords[list] == null) {
                    continue;
                }
                for (int i = 0; i < restOfWords[list].length; i++) {
                    char[] rest = restOfWords[list][i];
                    String word = rest == null ? String.valueOf(first) : first + new String(rest);
                    int frequency = Math.max(1, frequencyOfWords[list][i]);
                    if (word.length() > MAX_WORD_LENGTH) {
                        continue;
                    }
                    total += frequency;
                    add(frequencies, word, frequency);
                }
            }
            return new Lexicon(frequencies, Math.max(total, 1));
        } catch (IOException e) {
            throw new UncheckedIOException("reading smartcn's core dictionary failed", e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("smartcn's core dictionary has an unexpected format", e);
        }
    }

    private static void add(LongIntMap frequencies, String word, int frequency) {
        long hash = TermCode.start(TermCode.WORD);
        for (int length = 1; length <= word.length(); length++) {
            hash = TermCode.extend(hash, word.charAt(length - 1));
            long code = TermCode.finish(TermCode.WORD, hash);
            int stored = frequencies.get(code) - 1;
            int updated = length == word.length() ? Math.max(stored, frequency) : Math.max(stored, PREFIX_ONLY);
            frequencies.put(code, updated + 1);
        }
    }
}
