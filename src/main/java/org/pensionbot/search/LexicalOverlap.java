package org.pensionbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Lexical evidence in [0,1]: the IDF-weighted Dice overlap of a question's terms and a phrasing's,
 * {@code 2·w(Q∩V) / (w(Q) + w(V))}, where {@code w} sums BM25's idf over the index. Both sides
 * must be covered: a variant that shares one rare word with a long question is weak evidence,
 * and so is a question that repeats a whole variant inside an unrelated request. Unlike a BM25
 * score, the value means the same for every question, so it can be fused and thresholded.
 *
 * <p>Everything comes from the index itself: a question's terms are looked up in its terms
 * dictionary (a term the corpus never uses weighs like one found in half a document, so an
 * unknown word lowers the overlap), and which of them a phrasing shares is read from their
 * postings. Only each phrasing's own summed weight is kept in memory, added up once by walking the
 * postings: no copy of every phrasing's terms (at 280,000 phrasings, building such sets was most
 * of opening an index). Thread-safe.
 */
final class LexicalOverlap {

    private final LeafReader reader;
    private final int documents;
    /** Each document's summed term weight, {@code w(V)}, by document id. */
    private final double[] documentWeights;
    /** What a term the corpus never uses weighs. */
    private final double unseenWeight;

    /** Statistics from {@code reader}, an index of one segment, over {@code fields}. */
    LexicalOverlap(LeafReader reader, String... fields) {
        this.reader = reader;
        this.documents = reader.numDocs();
        this.unseenWeight = idf(documents, 0);
        this.documentWeights = new double[reader.maxDoc()];
        try {
            PostingsEnum postings = null;
            for (String field : fields) {
                Terms terms = reader.terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                    double weight = idf(documents, each.docFreq());
                    postings = each.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        documentWeights[doc] += weight;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the terms of an index", e);
        }
    }

    /**
     * A question's terms (or one piece's) looked up in the index once, in the question's order:
     * their weights and summed weight, and where each known term's postings start.
     */
    QuestionTerms lookUp(Set<Term> terms) {
        Map<String, TermsEnum> dictionaries = new HashMap<>();
        List<KnownTerm> known = new ArrayList<>();
        double sum = 0;
        try {
            for (Term term : terms) {
                TermsEnum dictionary = dictionaries.computeIfAbsent(term.field(), this::dictionary);
                if (dictionary.seekExact(term.bytes())) {
                    double weight = idf(documents, dictionary.docFreq());
                    known.add(new KnownTerm(term, weight, dictionary.termState()));
                    sum += weight;
                } else {
                    sum += unseenWeight;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("looking terms up in the index", e);
        }
        return new QuestionTerms(List.copyOf(known), sum);
    }

    /** The terms dictionary of one field, empty if no document has the field. */
    private TermsEnum dictionary(String field) {
        try {
            Terms terms = reader.terms(field);
            return terms == null ? TermsEnum.EMPTY : terms.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException("opening the terms of " + field, e);
        }
    }

    /**
     * The question's terms worth looking up in the index, rarest first, at most {@code limit} of
     * them: a term no phrasing uses finds nothing, and the rarest terms are the ones that tell
     * phrasings apart (like Lucene's {@code MoreLikeThis}, which keeps a text's most telling terms).
     */
    List<Term> rarest(QuestionTerms question, int limit) {
        return question.known().stream()
                .sorted(Comparator.comparingDouble(KnownTerm::weight).reversed().thenComparing(KnownTerm::term))
                .limit(limit)
                .map(KnownTerm::term)
                .toList();
    }

    /**
     * The overlap of the question with each of {@code documents} (ids in increasing order), with the
     * terms each shares, read from the postings of the question's known terms.
     */
    List<Overlap> overlaps(QuestionTerms question, int[] documents) {
        double[] shared = new double[documents.length];
        List<List<Term>> sharedTerms = new ArrayList<>(documents.length);
        for (int i = 0; i < documents.length; i++) {
            sharedTerms.add(new ArrayList<>());
        }
        try {
            Map<String, TermsEnum> dictionaries = new HashMap<>();
            PostingsEnum postings = null;
            for (KnownTerm term : question.known()) {
                TermsEnum dictionary = dictionaries.computeIfAbsent(term.term().field(), this::dictionary);
                dictionary.seekExact(term.term().bytes(), term.state());
                postings = dictionary.postings(postings, PostingsEnum.NONE);
                int doc = -1;
                for (int i = 0; i < documents.length && doc != DocIdSetIterator.NO_MORE_DOCS; i++) {
                    if (doc < documents[i]) {
                        doc = postings.advance(documents[i]);
                    }
                    if (doc == documents[i]) {
                        shared[i] += term.weight();
                        sharedTerms.get(i).add(term.term());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading postings", e);
        }
        List<Overlap> overlaps = new ArrayList<>(documents.length);
        for (int i = 0; i < documents.length; i++) {
            double both = question.weight() + documentWeight(documents[i]);
            overlaps.add(new Overlap(both == 0 ? 0 : 2 * shared[i] / both, sharedTerms.get(i)));
        }
        return overlaps;
    }

    /** The summed weight of one document's terms, {@code w(V)}. */
    double documentWeight(int doc) {
        return documentWeights[doc];
    }

    /** A question's terms as the index knows them, in the question's order, and their summed weight (unknown ones included). */
    record QuestionTerms(List<KnownTerm> known, double weight) {
    }

    record KnownTerm(Term term, double weight, TermState state) {
    }

    /** One document's overlap with a question, and the question's terms it shares. */
    record Overlap(double value, List<Term> sharedTerms) {
    }

    /**
     * BM25's idf, {@code log(1 + (N − df + 0.5) / (df + 0.5))}; an unseen term counts as df = 0.5.
     * Rounded to a multiple of 2^-32 (a change below 10^-9): such weights are below 2^4 (N would
     * need 9 million phrasings to reach it), so any sum of up to 100,000 of them is exact in a
     * double and does not depend on the order of the terms. It must not: the postings are walked in
     * one order when the weights are summed, a question's terms come in another, and floating-point
     * addition is not associative.
     */
    private static double idf(int documents, int documentFrequency) {
        double frequency = Math.max(0.5, documentFrequency);
        double idf = Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
        return Math.scalb(Math.rint(Math.scalb(idf, 32)), -32);
    }
}
