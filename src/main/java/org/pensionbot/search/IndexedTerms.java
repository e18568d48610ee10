package org.pensionbot.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Each document's distinct analysed terms, read back from an index's postings — the same terms
 * {@link ChineseAnalysis#terms} gave when the documents were written, without analysing every
 * phrasing again. An index opened from disk needs them for {@link LexicalOverlap}; analysing was
 * most of opening a large corpus (28,000 phrasings: ~4.5 s, against well under a second here).
 */
final class IndexedTerms {

    private IndexedTerms() {
    }

    /**
     * The terms of {@code fields} in each document of {@code reader}, by document id. Each term
     * is listed once per document (a posting names a document once), so the lists are sets in
     * all but type: collected as lists, they are hashed once, when the caller makes its set.
     */
    static List<List<Term>> perDocument(LeafReader reader, String... fields) throws IOException {
        List<List<Term>> sets = new ArrayList<>(reader.maxDoc());
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            sets.add(new ArrayList<>());
        }
        PostingsEnum postings = null;
        for (String field : fields) {
            Terms terms = reader.terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
                Term term = new Term(field, BytesRef.deepCopyOf(bytes));
                postings = each.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    sets.get(doc).add(term);
                }
            }
        }
        return sets;
    }
}
