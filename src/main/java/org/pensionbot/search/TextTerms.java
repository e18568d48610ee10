package org.pensionbot.search;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Cuts normalised text into the terms that matching compares, in two kinds at once:
 * <ul>
 *   <li>words ({@link TermCode#WORD}): dictionary segmentation by {@link WordSegmenter} — precise
 *       when the words are known ({@code 支付 / 宝 / 怎么 / 认证});</li>
 *   <li>character grams ({@link TermCode#UNIGRAM}, {@link TermCode#GRAM}): every Han character and
 *       every pair of neighbouring Han characters — robust to unknown words, odd segmentation and
 *       one-character typos ({@code 认正} still shares {@code 认}).</li>
 * </ul>
 * A run of Latin letters and digits ({@code 12333}, {@code app}) is one word and one gram.
 * Punctuation, symbols and emoji carry no terms, and {@link StopWords} are dropped.
 *
 * <p>Combining words and grams matched best in our measurements (see ENGINEERING-NOTES). The
 * text must already be normalised by {@link TextNormalizer} (Simplified, lower case, synonyms).
 *
 * <p>Thread-safe.
 */
final class TextTerms {

    private final WordSegmenter segmenter;
    /** Stop-word codes (of every kind) mapped to 1. */
    private final LongIntMap stopCodes;
    /**
     * The stop-word codes again in 2^15 bits, 4 KB, small enough for the processor's fastest
     * cache: the few hundred codes set about one bit in sixty, so nearly every other term is
     * ruled out without touching the hash table.
     */
    private final CodeFilter stopFilter = new CodeFilter(15);

    TextTerms(Lexicon lexicon) {
        this.segmenter = new WordSegmenter(lexicon);
        long[] codes = Stream.concat(StopWords.CHINESE.stream(), StopWords.ENGLISH.stream())
                .flatMap(word -> Stream.of(TermCode.of(TermCode.WORD, word), TermCode.of(TermCode.UNIGRAM, word), TermCode.of(TermCode.GRAM, word)))
                .mapToLong(Long::longValue).distinct().toArray();
        this.stopCodes = new LongIntMap(codes.length);
        for (long code : codes) {
            stopCodes.put(code, 1);
            stopFilter.add(code);
        }
    }

    static TextTerms standard() {
        return Standard.INSTANCE;
    }

    /** The terms of {@code normalizedText}; with {@code readable}, each also as text (for questions). */
    TermSet of(String normalizedText, boolean readable) {
        Collector terms = new Collector(normalizedText.toCharArray(), readable);
        char[] text = terms.text;
        int i = 0;
        while (i < text.length) {
            int codePoint = Character.codePointAt(text, i);
            int end = i + Character.charCount(codePoint);
            if (isHan(codePoint)) {
                while (end < text.length && isHan(Character.codePointAt(text, end))) {
                    end += Character.charCount(Character.codePointAt(text, end));
                }
                addHanRun(terms, i, end);
            } else if (Character.isLetterOrDigit(codePoint)) {
                while (end < text.length && isLatinOrDigit(Character.codePointAt(text, end))) {
                    end += Character.charCount(Character.codePointAt(text, end));
                }
                terms.add(TermCode.WORD, i, end);
                terms.add(TermCode.GRAM, i, end);
            }
            i = end;
        }
        return terms.toTermSet();
    }

    private void addHanRun(Collector terms, int start, int end) {
        segmenter.segment(terms.text, start, end, terms::addTerm);
        int previous = -1;
        for (int at = start; at < end; at += Character.charCount(Character.codePointAt(terms.text, at))) {
            int next = at + Character.charCount(Character.codePointAt(terms.text, at));
            terms.add(TermCode.UNIGRAM, at, next);
            if (previous >= 0) {
                terms.add(TermCode.GRAM, previous, next);
            }
            previous = at;
        }
    }

    private boolean isStopWord(long code) {
        return stopFilter.mightContain(code) && stopCodes.get(code) != 0;
    }

    /** Han characters (and 〇); a table lookup, unlike {@code UnicodeScript.of}'s binary search. */
    private static boolean isHan(int codePoint) {
        return Character.isIdeographic(codePoint);
    }

    private static boolean isLatinOrDigit(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !isHan(codePoint);
    }

    /** Collects codes (and labels) of one text, skipping stop words. */
    private final class Collector {
        final char[] text;
        private final boolean readable;
        private long[] codes = new long[64]; // a typical variant has about 40 terms
        private String[] labels;
        private int size;

        Collector(char[] text, boolean readable) {
            this.text = text;
            this.readable = readable;
            this.labels = readable ? new String[64] : null;
        }

        void add(int kind, int start, int end) {
            addTerm(start, end, TermCode.of(kind, text, start, end));
        }

        /** Adds the term {@code text[start, end)} whose code is already known. */
        void addTerm(int start, int end, long code) {
            if (isStopWord(code)) {
                return;
            }
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
                if (readable) {
                    labels = Arrays.copyOf(labels, size * 2);
                }
            }
            codes[size] = code;
            if (readable) {
                labels[size] = new String(text, start, end - start);
            }
            size++;
        }

        TermSet toTermSet() {
            return TermSet.of(codes, labels, size);
        }
    }

    private static final class Standard {
        static final TextTerms INSTANCE = new TextTerms(Lexicon.standard());
    }
}
