package org.pensionbot.search;

import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.OutOfScopeTopic;

/**
 * One indexed phrasing and whose it is: exactly one of {@code entry} and {@code topic} is set.
 *
 * @param ownerKey tells owners apart within one index (entries first, in corpus order, then topics)
 * @param normalized the text as the embedding model reads it
 */
record Variant(FaqEntry entry, OutOfScopeTopic topic, int ownerKey, String text, String normalized) {

    /** A phrasing normalised now. */
    static Variant of(Phrasing phrasing, ChineseAnalysis analysis) {
        return of(phrasing, analysis.normalizer().normalize(phrasing.text()));
    }

    /** A phrasing whose normalised text is already known (read back from an index it was written into). */
    static Variant of(Phrasing phrasing, String normalized) {
        return new Variant(phrasing.entry(), phrasing.topic(), phrasing.ownerKey(), phrasing.text(), normalized);
    }
}
