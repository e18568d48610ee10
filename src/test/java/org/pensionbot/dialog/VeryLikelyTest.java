package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.search.FaqIndex;

/**
 * A question written in dialect, with typos or chatter, that comes near no single phrasing but that the classifier
 * reading all the phrasings at once finds very likely to be one entry's, is answered with it, not met with "not sure";
 * so is a follow-up that came near nothing in its chat.
 */
class VeryLikelyTest {

    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        FaqIndex index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"可唔可以叫人上門, home-visit", "腿脚不变出不了门 有没有赏门认证的服务, home-visit",
            "我老了脸上皱纹多是不是认不出来 刷好几次都过不了, failure-help"})
    void aVeryLikelyEntryIsAnsweredThoughItsMatchIsWeak(String question, String entry) {
        assertThat(Outcome.of(engine.reply(question))).isEqualTo("answer " + entry);
    }

    @Test
    void aVeryLikelyEntryAnswersAFollowUpThatCameNearNothingInTheChat() {
        // Blind tester16's third message; before, "对不起，我没太明白这句话".
        Conversations chat = new Conversations(engine);
        chat.reply("chat", "我阿媽喺廣州，用粵省事點樣做養老認證呀");
        chat.reply("chat", "佢唔識用手機");

        assertThat(Outcome.of(chat.reply("chat", "可唔可以叫人上門"))).isEqualTo("answer home-visit");
    }
}
