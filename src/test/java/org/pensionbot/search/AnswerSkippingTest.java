package org.pensionbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.RealCorpus;

/**
 * A search compares only the answers of entries that can still be among the results. Skipping
 * the others must change nothing: not which entries come back, not their order, confidence or
 * matched words. Twenty regional copies of every entry make many near-ties at the fifth place,
 * where a wrong skip would show.
 */
class AnswerSkippingTest {

    @Test
    void skippingHopelessAnswersChangesNoResult() {
        FaqIndex index = FaqIndex.build(RealCorpus.withRegionalCopies(20));
        List<String> questions = new ArrayList<>(RealCorpus.testQuestions());
        // Long, worried questions of several sentences: the most pieces and entries to compare.
        questions.add("我妈妈今年七十八岁了，一个人住在老家，我在外地打工。前几天她说养老金好像没到账，"
                + "是不是没有做认证？我想在支付宝上帮她认证，可是她不会用智能手机，我该怎么办？刷脸老是失败又怎么办？");
        questions.add("我是去年刚退休的。听老同事说每年都要年审，不然养老金会停发。年审是什么？在哪里办？"
                + "过了时间没认证的话，停掉的钱还能补发吗？");

        int withResults = 0;
        for (String question : questions) {
            SearchResult skipping = index.search(question);
            SearchResult comparingAll = index.searchComparingEveryAnswer(question);
            assertThat(describe(skipping)).as(question).isEqualTo(describe(comparingAll));
            assertThat(skipping).as(question).isEqualTo(comparingAll);
            if (skipping.entries().size() == FaqIndex.MAX_RESULTS) {
                withResults++;
            }
        }
        // The comparison means something only where five results were chosen among more.
        assertThat(withResults).isGreaterThan(questions.size() / 2);
    }

    /** Ids, exact confidences and matched words: what a failure should show, without whole entries. */
    private static List<String> describe(SearchResult result) {
        List<String> lines = new ArrayList<>();
        for (ScoredEntry entry : result.entries()) {
            lines.add(entry.entry().id() + " " + entry.confidence() + " " + entry.matchedTerms());
        }
        result.outOfScope().ifPresent(topic -> lines.add("out of scope: " + topic.topic().topic() + " " + topic.confidence()));
        return lines;
    }
}
