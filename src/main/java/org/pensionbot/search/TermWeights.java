package org.pensionbot.search;

import java.util.HashMap;
import java.util.Map;

/**
 * How informative each term is, from how many FAQ variants contain it (inverse document
 * frequency). A word that appears in every variant ({@code 认证}) says little about which entry
 * is meant; a word that appears in one ({@code 领事}) says a lot.
 *
 * <p>Term keys carry their field ({@code w:支付宝}, {@code g:支付}) so the same characters in the
 * two fields are weighed separately. Immutable once built.
 */
final class TermWeights {

    /** Single characters are weak evidence on their own; pairs and words carry the meaning. */
    static final double UNIGRAM_FACTOR = 0.4;

    /**
     * Weight factors for a question term that no variant contains. An unknown *word* counts in
     * full: the user asked about something we have no words for ("支付宝怎么转账"). An unknown
     * character pair counts little: most are artefacts of pairing across a word boundary
     * ("宝上" in "支付宝上"), not meaning.
     */
    static final double UNKNOWN_WORD_FACTOR = 1.0;
    static final double UNKNOWN_GRAM_FACTOR = 0.25;

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private TermWeights(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Share of all variants that contain {@code key} (0 for unknown terms). */
    double share(String key) {
        return documentFrequency.getOrDefault(key, 0) / (double) documents;
    }

    boolean known(String key) {
        return documentFrequency.containsKey(key);
    }

    double weight(String key) {
        int df = documentFrequency.getOrDefault(key, 0);
        double weight = idf(Math.max(df, 1));
        if (df == 0) {
            weight *= key.startsWith(TermKeys.WORDS_PREFIX) ? UNKNOWN_WORD_FACTOR : UNKNOWN_GRAM_FACTOR;
        }
        return isUnigram(key) ? weight * UNIGRAM_FACTOR : weight;
    }

    private double idf(int df) {
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }

    private static boolean isUnigram(String key) {
        return key.startsWith(TermKeys.GRAMS_PREFIX) && key.codePointCount(TermKeys.GRAMS_PREFIX.length(), key.length()) == 1;
    }

    static final class Builder {
        private final Map<String, Integer> df = new HashMap<>();
        private int documents;

        void addDocument(Iterable<String> keys) {
            documents++;
            for (String key : keys) {
                df.merge(key, 1, Integer::sum);
            }
        }

        TermWeights build() {
            return new TermWeights(Map.copyOf(df), Math.max(documents, 1));
        }
    }
}
