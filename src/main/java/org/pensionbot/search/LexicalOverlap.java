package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Lexical evidence in [0,1]: the IDF-weighted Dice overlap of two term sets,
 * {@code 2·w(Q∩V) / (w(Q) + w(V))}, where {@code w} sums BM25's idf over the index. Both sides
 * must be covered: a variant that shares one rare word with a long question is weak evidence,
 * and so is a question that repeats a whole variant inside an unrelated request. Unlike a BM25
 * score, the value means the same for every question, so it can be fused and thresholded.
 *
 * <p>Term statistics come from the index itself (its terms dictionary, read once); a term the
 * corpus never uses weighs like one found in half a document, so an unknown word lowers the overlap.
 * Thread-safe.
 */
final class LexicalOverlap {

    private final Map<Term, Double> corpusWeights = new HashMap<>();
    /** What a term the corpus never uses weighs: all of the corpus's terms are in {@link #corpusWeights}. */
    private final double unseenWeight;

    /**
     * Statistics from {@code reader}; every term the corpus uses in {@code fields} is weighed once,
     * here, walking the terms dictionary (each term with its document frequency) rather than
     * looking each phrasing's terms up: at 280,000 phrasings that was most of opening an index.
     */
    LexicalOverlap(IndexReader reader, String... fields) {
        this.unseenWeight = idf(reader.numDocs(), 0);
        try {
            for (String field : fields) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                    corpusWeights.put(new Term(field, BytesRef.deepCopyOf(bytes)), idf(reader.numDocs(), each.docFreq()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the terms of an index", e);
        }
    }

    /** The summed weight of a set of terms. */
    double weight(Set<Term> terms) {
        double sum = 0;
        for (Term term : terms) {
            sum += weight(term);
        }
        return sum;
    }

    double weight(Term term) {
        Double known = corpusWeights.get(term);
        return known != null ? known : unseenWeight;
    }

    /**
     * The question's terms worth looking up in the index, rarest first, at most {@code limit} of
     * them: a term no phrasing uses finds nothing, and the rarest terms are the ones that tell
     * phrasings apart (like Lucene's {@code MoreLikeThis}, which keeps a text's most telling terms).
     */
    List<Term> rarestKnown(Set<Term> terms, int limit) {
        return terms.stream()
                .filter(corpusWeights::containsKey)
                .sorted(Comparator.comparingDouble((Term term) -> corpusWeights.get(term)).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    /**
     * The overlap of a question and a variant whose summed weights are already known (both are
     * reused across many comparisons).
     */
    double overlap(Set<Term> question, double questionWeight, Set<Term> variant, double variantWeight) {
        if (questionWeight + variantWeight == 0) {
            return 0;
        }
        double shared = 0;
        Set<Term> smaller = question.size() <= variant.size() ? question : variant;
        Set<Term> larger = smaller == question ? variant : question;
        for (Term term : smaller) {
            if (larger.contains(term)) {
                shared += weight(term);
            }
        }
        return 2 * shared / (questionWeight + variantWeight);
    }

    /**
     * BM25's idf, {@code log(1 + (N − df + 0.5) / (df + 0.5))}; an unseen term counts as df = 0.5.
     * Rounded to a multiple of 2^-32 (a change below 10^-9): such weights are below 2^4 (N would
     * need 9 million phrasings to reach it), so any sum of up to 100,000 of them is exact in a
     * double and does not depend on the order of the terms. It must not: a term set iterates in one
     * order in a freshly built index, in another in one opened from disk, and in another again in
     * the next process, and floating-point addition is not associative.
     */
    private static double idf(int documents, int documentFrequency) {
        double frequency = Math.max(0.5, documentFrequency);
        double idf = Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
        return Math.scalb(Math.rint(Math.scalb(idf, 32)), -32);
    }
}
