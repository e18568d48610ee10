package org.pensionbot.search;

import java.util.Collection;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.OutOfScopeTopic;

/**
 * One indexed phrasing and whose it is: exactly one of {@code entry} and {@code topic} is set.
 *
 * @param ownerKey tells owners apart within one index (entries first, in corpus order, then topics)
 * @param normalized the text as the embedding model reads it
 * @param terms the text's analysed terms in both fields
 * @param weight the terms' summed weight ({@link LexicalOverlap#weight(Set)})
 */
record Variant(FaqEntry entry, OutOfScopeTopic topic, int ownerKey, String text, String normalized, Set<Term> terms,
               double weight) {

    /** A phrasing analysed now. */
    static Variant of(Phrasing phrasing, ChineseAnalysis analysis) {
        return of(phrasing, analysis.normalizer().normalize(phrasing.text()), analysis.terms(phrasing.text()));
    }

    /** A phrasing whose terms are already known (read back from an index it was analysed into). */
    static Variant of(Phrasing phrasing, String normalized, Collection<Term> terms) {
        return new Variant(phrasing.entry(), phrasing.topic(), phrasing.ownerKey(), phrasing.text(), normalized, Set.copyOf(terms), 0);
    }

    Variant weighed(double termsWeight) {
        return new Variant(entry, topic, ownerKey, text, normalized, terms, termsWeight);
    }
}
