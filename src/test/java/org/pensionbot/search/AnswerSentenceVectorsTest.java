package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.Corpus;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.RealCorpus;

/**
 * The answers' sentences are embedded when the index is built, and kept: the first question about an entry after a
 * start or a reload does not wait while the model reads that entry's answer, and a restart reads them from disk.
 */
class AnswerSentenceVectorsTest {

    @TempDir
    Path cache;

    @Test
    void aQuestionAboutOnePointOfAnAnswerRunsTheModelOnlyForTheQuestion() {
        Corpus corpus = RealCorpus.load();
        FaqIndex.build(corpus, embedderCountingInto(new AtomicInteger()), StoredIndexes.in(cache));
        AtomicInteger textsRead = new AtomicInteger();
        FaqIndex restarted = FaqIndex.build(corpus, embedderCountingInto(textsRead), StoredIndexes.in(cache));
        int atStart = textsRead.get();
        String question = "上门认证要收费吗";
        SearchResult searched = restarted.search(question);
        int bySearch = textsRead.get() - atStart;
        FaqEntry homeVisit = corpus.entry("home-visit").orElseThrow();

        Optional<String> point = restarted.pointAsked(homeVisit, question, searched);

        assertThat(atStart).as("a restart reads the kept index and the kept answer sentences").isZero();
        assertThat(bySearch).as("the question itself").isPositive();
        assertThat(point).as("the tip on fees").hasValueSatisfying(tip -> assertThat(tip).contains("收费"));
        assertThat(textsRead.get() - atStart).as("no answer sentence read by the model").isEqualTo(bySearch);
    }

    /** The shared model behind an embedder of its own, caching in {@link #cache}, counting the texts the model reads. */
    private SentenceEmbedder embedderCountingInto(AtomicInteger textsRead) {
        EmbeddingModel shared = SentenceEmbedder.shared().model();
        EmbeddingModel counting = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                textsRead.addAndGet(segments.size());
                return shared.embedAll(segments);
            }

            @Override
            public int dimension() {
                return shared.dimension();
            }
        };
        return new SentenceEmbedder(counting, Optional.of(cache));
    }
}
