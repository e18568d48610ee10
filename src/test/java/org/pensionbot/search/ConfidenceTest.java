package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.corpus.LabelledQuestion;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.corpus.TestSetFile;

/**
 * Confidence means the same for every question: it stays in [0,1] and results come best first.
 * Checked on every question of tests.tsv plus some odd input, searched once for the class.
 */
class ConfidenceTest {

    private static FaqIndex index;
    /** Question → what the real index found for it. */
    private static final Map<String, SearchResult> RESULTS = new LinkedHashMap<>();

    @BeforeAll
    static void searchEveryQuestion() {
        index = RealCorpus.index();
        List<CorpusProblem> problems = new ArrayList<>();
        Stream<String> labelled = TestSetFile.read(RealCorpus.DIR.resolve(CorpusLoader.TESTS_FILE), null, problems).stream()
                .map(LabelledQuestion::question);
        Stream<String> odd = Stream.of("认证", "认证认证认证认证认证认证", "a", "12333", "支付宝".repeat(200),
                "认证 AND 失败 OR NOT *", "養老金資格認證", "ＺＦＢ", "😀认证😀");
        Stream.concat(labelled, odd).forEach(question -> RESULTS.put(question, index.search(question)));
    }

    @Test
    void theQuestionSetIsLargeEnoughToMeanSomething() {
        assertThat(RESULTS).hasSizeGreaterThan(200);
    }

    @Test
    void everyConfidenceIsBetweenZeroAndOne() {
        assertThat(RESULTS).allSatisfy((question, result) -> {
            assertThat(result.entries()).as(question).allSatisfy(entry -> assertThat(entry.confidence()).isBetween(0.0, 1.0));
            result.outOfScope().ifPresent(topic -> assertThat(topic.confidence()).as(question).isBetween(0.0, 1.0));
        });
    }

    @Test
    void resultsAreSortedBestFirst() {
        assertThat(RESULTS).allSatisfy((question, result) -> assertThat(result.entries()).as(question)
                .isSortedAccordingTo(Comparator.comparingDouble(ScoredEntry::confidence).reversed()));
    }

    @Test
    void anEntryAppearsAtMostOnce() {
        assertThat(RESULTS).allSatisfy((question, result) -> assertThat(result.entries()).as(question)
                .extracting(ScoredEntry::id).doesNotHaveDuplicates());
    }

    @Test
    void resultsAreCappedAtTheMaximum() {
        assertThat(RESULTS).allSatisfy((question, result) -> assertThat(result.entries()).as(question)
                .hasSizeLessThanOrEqualTo(FaqIndex.MAX_RESULTS));
    }

    @Test
    void standardQuestionOfAnEntryIsFullyConfident() {
        String title = index.corpus().entry("materials-needed").orElseThrow().title();

        assertThat(index.search(title).best().orElseThrow().confidence()).isGreaterThan(0.99);
    }

    /**
     * The question's terms come from the analysis chain, a phrasing's from the index's postings: asked
     * as it is written, every phrasing must share all of its terms with itself (word overlap 1). A
     * chain that analysed questions differently from the indexed text would lower every overlap. (It did, for a
     * Traditional phrasing written in 2026-12-06, while a question's terms went through the char filters a second time
     * after normalising: {@code ChineseMatchingTest} holds that case.) A phrasing that a question's reading rewrites on
     * purpose ({@link AskerAway}: "我人在国外，我妈在国内…") is asked as that reading, not as written, and is left out.
     */
    @Test
    void everyPhrasingAskedAsWrittenOverlapsFullyWithItself() {
        List<String> phrasings = index.corpus().entries().stream().flatMap(entry -> entry.questions().stream())
                .filter(phrasing -> AskerAway.reframe(index.normalize(phrasing)).equals(index.normalize(phrasing)))
                .toList();

        List<String> notFully = phrasings.stream()
                .filter(phrasing -> index.matches(phrasing).all().stream().noneMatch(match -> match.piece() == 0
                        && match.variant().text().equals(phrasing) && Math.abs(match.lexical() - 1.0) < 1e-9))
                .toList();

        assertThat(phrasings).hasSizeGreaterThan(500);
        assertThat(notFully).as("phrasings that do not share all their terms with themselves").isEmpty();
    }

    @Test
    void anUnrelatedQuestionIsLessConfidentThanAClearOne() {
        double clear = index.search("支付宝怎么认证").best().orElseThrow().confidence();
        double unrelated = index.search("今天天气怎么样").best().map(ScoredEntry::confidence).orElse(0.0);

        assertThat(unrelated).isLessThan(clear);
    }
}
