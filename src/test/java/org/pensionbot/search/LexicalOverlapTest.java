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
 * The word evidence: an IDF-weighted overlap read from the index, and the question terms worth a
 * lookup. Over a tiny index of four phrasings, so that every document frequency is known.
 */
class LexicalOverlapTest {

    private static final Term COMMON = new Term("w", "认证");      // in three phrasings
    private static final Term MIDDLE = new Term("w", "支付宝");    // in two
    private static final Term RARE = new Term("w", "刷脸");        // in one
    private static final Term UNKNOWN = new Term("w", "天气");     // in none
    /** Phrasings by document id: the rare word with the middle one, the common one with it, the common one alone twice. */
    private static final List<Set<Term>> PHRASINGS = List.of(Set.of(RARE, MIDDLE), Set.of(COMMON, MIDDLE), Set.of(COMMON), Set.of(COMMON));

    private static LexicalOverlap overlap;

    @BeforeAll
    static void indexFourPhrasings() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (Set<Term> terms : PHRASINGS) {
                Document document = new Document();
                terms.forEach(term -> document.add(new StringField(term.field(), term.text(), Field.Store.NO)));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        }
        overlap = new LexicalOverlap(DirectoryReader.open(directory).leaves().get(0).reader(), "w");
    }

    @Test
    void theTermsLookedUpAreTheRarestTheCorpusUses() {
        assertThat(overlap.rarest(overlap.lookUp(Set.of(COMMON, UNKNOWN, RARE, MIDDLE)), 10)).containsExactly(RARE, MIDDLE, COMMON);
        assertThat(overlap.rarest(overlap.lookUp(Set.of(COMMON, UNKNOWN, RARE, MIDDLE)), 2)).containsExactly(RARE, MIDDLE);
        assertThat(overlap.rarest(overlap.lookUp(Set.of(UNKNOWN)), 10)).isEmpty();
    }

    @Test
    void aPhrasingsWeightIsItsTermsWeight() {
        for (int doc = 0; doc < PHRASINGS.size(); doc++) {
            assertThat(overlap.documentWeight(doc)).isEqualTo(overlap.lookUp(PHRASINGS.get(doc)).weight());
        }
    }

    /**
     * The question's terms come in its own order, the postings are summed in the index's order: the
     * sums must not depend on it (floating-point addition is not associative, and an opened index
     * once scored 0.43256560576953873 where the built one had 0.4325656057695388).
     */
    @Test
    void weightsAndOverlapsDoNotDependOnTheOrderOfTheTerms() {
        List<Term> terms = List.of(COMMON, MIDDLE, RARE, UNKNOWN, new Term("w", "年审"), new Term("w", "老人"));
        Set<Double> weights = new HashSet<>();
        Set<Double> overlaps = new HashSet<>();
        for (List<Term> order : permutations(terms)) {
            LexicalOverlap.QuestionTerms question = overlap.lookUp(new LinkedHashSet<>(order));
            weights.add(question.weight());
            overlaps.add(overlap.overlaps(question, new int[] {0}).get(0).value());
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
        List<LexicalOverlap.Overlap> overlaps = overlap.overlaps(overlap.lookUp(Set.of(COMMON, RARE)), new int[] {0, 1});

        assertThat(overlaps.get(0).sharedTerms()).containsExactly(RARE);
        assertThat(overlaps.get(1).sharedTerms()).containsExactly(COMMON);
        assertThat(overlaps.get(0).value()).isGreaterThan(overlaps.get(1).value());
    }

    @Test
    void theSamePhrasingOverlapsFullyAndAnUnknownWordLowersIt() {
        List<LexicalOverlap.Overlap> same = overlap.overlaps(overlap.lookUp(new LinkedHashSet<>(List.of(MIDDLE, RARE))), new int[] {0, 2, 3});
        List<LexicalOverlap.Overlap> withUnknown = overlap.overlaps(overlap.lookUp(Set.of(RARE, MIDDLE, UNKNOWN)), new int[] {0});

        assertThat(same.get(0).value()).isCloseTo(1.0, within(1e-12));
        assertThat(same.get(0).sharedTerms()).as("in the question's order").containsExactly(MIDDLE, RARE);
        assertThat(same.get(1).value()).isZero();
        assertThat(same.get(2).sharedTerms()).isEmpty();
        assertThat(withUnknown.get(0).value()).isLessThan(0.9);
    }
}
