package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The word evidence: an IDF-weighted overlap, and the question terms worth a lookup. Over a tiny
 * index of four phrasings, so that every document frequency is known.
 */
class LexicalOverlapTest {

    private static final Term COMMON = new Term("w", "认证");      // in every phrasing
    private static final Term MIDDLE = new Term("w", "支付宝");    // in two
    private static final Term RARE = new Term("w", "刷脸");        // in one
    private static final Term UNKNOWN = new Term("w", "天气");     // in none

    private static LexicalOverlap overlap;

    @BeforeAll
    static void indexFourPhrasings() throws IOException {
        List<Set<Term>> phrasings = List.of(Set.of(COMMON, MIDDLE, RARE), Set.of(COMMON, MIDDLE), Set.of(COMMON), Set.of(COMMON));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (Set<Term> terms : phrasings) {
                Document document = new Document();
                terms.forEach(term -> document.add(new StringField(term.field(), term.text(), Field.Store.NO)));
                writer.addDocument(document);
            }
        }
        overlap = new LexicalOverlap(DirectoryReader.open(directory), "w");
    }

    @Test
    void theTermsLookedUpAreTheRarestTheCorpusUses() {
        assertThat(overlap.rarestKnown(Set.of(COMMON, UNKNOWN, RARE, MIDDLE), 10)).containsExactly(RARE, MIDDLE, COMMON);
        assertThat(overlap.rarestKnown(Set.of(COMMON, UNKNOWN, RARE, MIDDLE), 2)).containsExactly(RARE, MIDDLE);
        assertThat(overlap.rarestKnown(Set.of(UNKNOWN), 10)).isEmpty();
    }

    /**
     * A hash set of terms iterates in one order in a freshly built index, in another in one opened
     * from disk or in the next process: the sums must not depend on it (floating-point addition is
     * not associative, and an opened index once scored 0.43256560576953873 where the built one had
     * 0.4325656057695388).
     */
    @Test
    void weightsAndOverlapsDoNotDependOnTheOrderOfTheTerms() {
        List<Term> terms = List.of(COMMON, MIDDLE, RARE, UNKNOWN, new Term("w", "年审"), new Term("w", "老人"));
        Set<Double> weights = new HashSet<>();
        Set<Double> overlaps = new HashSet<>();
        Set<Term> variant = Set.of(MIDDLE, RARE);
        for (List<Term> order : permutations(terms)) {
            Set<Term> question = new LinkedHashSet<>(order);
            weights.add(overlap.weight(question));
            overlaps.add(overlap.overlap(question, overlap.weight(question), variant, overlap.weight(variant)));
        }
        assertThat(weights).hasSize(1);
        assertThat(overlaps).hasSize(1);
    }

    private static List<List<Term>> permutations(List<Term> terms) {
        if (terms.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Term>> all = new ArrayList<>();
        for (Term first : terms) {
            List<Term> rest = new ArrayList<>(terms);
            rest.remove(first);
            for (List<Term> tail : permutations(rest)) {
                List<Term> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

    @Test
    void sharingTheRareWordCountsMoreThanSharingTheCommonOne() {
        Set<Term> question = Set.of(COMMON, RARE);
        double weight = overlap.weight(question);
        double sharesRare = overlap.overlap(question, weight, Set.of(RARE, MIDDLE), overlap.weight(Set.of(RARE, MIDDLE)));
        double sharesCommon = overlap.overlap(question, weight, Set.of(COMMON, MIDDLE), overlap.weight(Set.of(COMMON, MIDDLE)));
        assertThat(sharesRare).isGreaterThan(sharesCommon);
        assertThat(overlap.overlap(question, weight, question, weight)).isCloseTo(1.0, within(1e-12));
    }
}
