package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
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
