package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.RealCorpus;

/**
 * An index opened from disk takes its phrasings' terms from the postings instead of analysing
 * them again: for every phrasing of the real corpus they must be exactly what analysis gives,
 * or lexical evidence would differ between a fresh start and a reopened one.
 */
class IndexedTermsTest {

    @Test
    void everyPhrasingsTermsReadBackAreTheAnalysedOnes() throws IOException {
        Corpus corpus = RealCorpus.load();
        ChineseAnalysis analysis = new ChineseAnalysis(new TextNormalizer(corpus.synonyms()));
        List<String> texts = new ArrayList<>();
        corpus.entries().forEach(entry -> {
            texts.add(entry.title());
            texts.addAll(entry.questions());
        });
        corpus.outOfScope().forEach(topic -> texts.addAll(topic.questions()));
        texts.add("。。，，？");   // a phrasing with no term at all

        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.analyzer()))) {
            for (String text : texts) {
                Document document = new Document();
                document.add(new TextField(ChineseAnalysis.WORDS, text, Field.Store.NO));
                document.add(new TextField(ChineseAnalysis.GRAMS, text, Field.Store.NO));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            List<List<Term>> readBack = IndexedTerms.perDocument(reader.leaves().get(0).reader(), ChineseAnalysis.FIELDS);

            assertThat(readBack).hasSize(texts.size());
            for (int doc = 0; doc < texts.size(); doc++) {
                assertThat(readBack.get(doc)).as(texts.get(doc))
                        .doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(analysis.terms(texts.get(doc)));
            }
            assertThat(readBack.get(texts.size() - 1)).isEmpty();
            assertThat(texts).hasSizeGreaterThan(500);
        }
    }
}
