package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.RealCorpus;

/** Greetings, thanks, goodbyes and "who are you" get a short friendly reply, not an FAQ entry. */
class SmallTalkTest {

    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        var index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "你好, GREETING",
            "谢谢, THANKS",
            "你是谁, WHO_ARE_YOU",
            "再见, GOODBYE",
    })
    void smallTalkIsRecognised(String text, Reply.SmallTalkKind kind) {
        assertThat(Outcome.of(engine.reply(text))).isEqualTo("smalltalk " + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"你好！", "您好", "谢谢你", "谢谢啦～", "你是谁？", "再见啦", "拜拜", "你好，你是谁"})
    void everydayFormsOfSmallTalkAreRecognised(String text) {
        assertThat(Outcome.of(engine.reply(text))).startsWith("smalltalk ");
    }

    @Test
    void smallTalkLongOnlyInFillersIsStillSmallTalk() {
        String text = "谢谢啊" + "！".repeat(300) + "😊".repeat(50) + "谢谢您啦～～～";

        assertThat(Outcome.of(engine.reply(text))).isEqualTo("smalltalk thanks");
    }

    @Test
    void smallTalkReplyHasText() {
        Reply.SmallTalk reply = (Reply.SmallTalk) engine.reply("你好");

        assertThat(reply.text()).isNotBlank();
    }

    @Test
    void greetingFollowedByAQuestionIsNotSmallTalk() {
        assertThat(Outcome.of(engine.reply("你好，支付宝怎么认证"))).doesNotStartWith("smalltalk");
    }

    @Test
    void thanksFollowedByAQuestionIsNotSmallTalk() {
        assertThat(Outcome.of(engine.reply("谢谢，认证失败怎么办"))).doesNotStartWith("smalltalk");
    }

    @Test
    void smallTalkHasNoCandidates() {
        assertThat(engine.reply("谢谢").candidates()).isEmpty();
    }
}
