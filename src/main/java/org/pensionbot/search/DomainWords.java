package org.pensionbot.search;

import java.util.List;

/**
 * The corpus's domain words ({@code domain-words.txt}), normalised, and a fast test for whether
 * a text contains any of them. A long question is tested once per piece (up to 24 pieces), so
 * instead of one {@code contains} per word and piece, each character is checked against a bit
 * set of the words' first characters and only a hit compares whole words.
 *
 * <p>Immutable and thread-safe.
 */
final class DomainWords {

    private final List<String> words;
    private final long[] firstCharacters = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    DomainWords(List<String> normalizedWords) {
        this.words = normalizedWords.stream().filter(word -> !word.isBlank()).distinct().toList();
        for (String word : words) {
            char first = word.charAt(0);
            firstCharacters[first >>> 6] |= 1L << first;
        }
    }

    /** Whether {@code normalizedText} contains a domain word; true for every text when there are none. */
    boolean foundIn(String normalizedText) {
        if (words.isEmpty()) {
            return true;
        }
        for (int i = 0; i < normalizedText.length(); i++) {
            char c = normalizedText.charAt(i);
            if ((firstCharacters[c >>> 6] & (1L << c)) != 0) {
                for (String word : words) {
                    if (normalizedText.startsWith(word, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
