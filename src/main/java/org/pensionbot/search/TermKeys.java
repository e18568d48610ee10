package org.pensionbot.search;

import java.util.LinkedHashSet;
import java.util.Set;

/** The terms of one text in both fields, as field-prefixed keys ({@code w:支付宝}, {@code g:支付}). */
final class TermKeys {

    static final String WORDS_PREFIX = "w:";
    static final String GRAMS_PREFIX = "g:";

    private TermKeys() {
    }

    static Set<String> of(String normalizedText) {
        Set<String> keys = new LinkedHashSet<>();
        for (String term : ChineseAnalysis.terms(ChineseAnalysis.WORDS, normalizedText)) {
            if (!StopWords.contains(term)) {
                keys.add(WORDS_PREFIX + term);
            }
        }
        for (String term : ChineseAnalysis.terms(ChineseAnalysis.GRAMS, normalizedText)) {
            if (!StopWords.contains(term)) {
                keys.add(GRAMS_PREFIX + term);
            }
        }
        return keys;
    }

    static String field(String key) {
        return key.startsWith(WORDS_PREFIX) ? ChineseAnalysis.WORDS : ChineseAnalysis.GRAMS;
    }

    static String term(String key) {
        return key.substring(2);
    }
}
