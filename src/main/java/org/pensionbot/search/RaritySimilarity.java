package org.pensionbot.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Scores a candidate variant by the summed rarity of the question terms it contains: BM25's
 * inverse document frequency, nothing else. {@link CandidateIndex} keeps neither term
 * frequencies nor lengths, so BM25's other factor is one constant for every term and variant;
 * leaving it out ranks the same and skips what BM25 does per term of every query: a 256-entry
 * length table and an explanation tree, paid for each of up to twelve terms in each of a long
 * question's sentence searches.
 *
 * <p>Stateless and thread-safe.
 */
final class RaritySimilarity extends Similarity {

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        double idf = 0;
        for (TermStatistics term : terms) {
            idf += Math.log(1 + (collection.docCount() - term.docFreq() + 0.5) / (term.docFreq() + 0.5));
        }
        float score = (float) (boost * idf);
        return new SimScorer() {
            @Override
            public float score(float freq, long norm) {
                return score;
            }
        };
    }
}
