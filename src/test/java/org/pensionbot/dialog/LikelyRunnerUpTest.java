package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.search.ScoredEntry;

/**
 * A question that comes closest to one phrasing of an entry the classifier all but rules out, while the entry it finds
 * likely is close behind, is answered with the likely one ({@link DecisionThresholds#answersLikelyRunnerUp}) instead
 * of a choice: a usability tester's plain "how do I do it on the phone" got three options.
 */
class LikelyRunnerUpTest {

    private static FaqIndex index;
    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            退休人员养老金资格认证怎么在手机上操作？ | how-to-certify
            什么时间认证?                          | annual-review
            年审不通过怎么办?                      | failure-help
            """)
    void theLikelyEntryCloseBehindADoubtedOneIsAnswered(String question, String expected) {
        Decision decision = engine.decide(question);

        assertThat(Outcome.of(decision.reply())).isEqualTo("answer " + expected);
        assertThat(decision.search().entries()).extracting(ScoredEntry::confidence)
                .as("another entry came closer").anyMatch(confidence -> confidence > decision.search().entries().get(0).confidence());
    }

    /**
     * Where the classifier gives the closest entry some chance, the question is between two entries that may both be
     * meant, and it gets a choice: teaching a mother to certify on Alipay is helping a parent (the closest, the classifier
     * 0.25) as much as certifying oneself on Alipay (close behind, 0.62).
     */
    @Test
    void aRunnerUpIsNotAnsweredWhenTheClosestIsNotDoubted() {
        Reply reply = engine.reply("想教我妈自己在支付宝上做养老认证，具体是哪几步，我写在纸上给她");

        assertThat(reply).isInstanceOf(Reply.Clarify.class);
        assertThat(reply.candidates()).extracting(ScoredEntry::id).contains("for-others", "alipay-self");
    }
}
