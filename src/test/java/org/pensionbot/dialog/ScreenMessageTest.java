package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.search.FaqIndex;

/**
 * Someone quoting what the phone's screen said ("相似度过低", "不属于本次认证范围", "上传失败") gets the entry that explains
 * that message and, with it, the line that quotes it (the entry's {@code screen-says}), whatever else the words come near:
 * blind testers 32–35 quoted screens and got choices, "没把握", or how to certify on the app they named.
 */
class ScreenMessageTest {

    private static FaqIndex index;
    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            掌上12333认证 跳出来说您不属于本次认证范围 啥意思 | 认证范围
            手机上认证一直转圈 最后说上传失败               | 上传失败
            刷脸刷了好几回都说相似度过低 咋回事             | 相似度过低
            我妈做认证 屏幕上说未按要求完成指定动作 她明明眨眼了啊 | 指定动作
            幫我媽認證 一直顯示相似度過低                   | 相似度过低
            """)
    void aQuotedScreenMessageGetsItsEntryAndTheLineThatQuotesIt(String message, String quoted) {
        Decision decision = engine.decide(message);

        assertThat(decision.rule()).isEqualTo(Decision.Rule.SCREEN_MESSAGE);
        assertThat(decision.reply()).isInstanceOfSatisfying(Reply.Answer.class, answer -> {
            assertThat(answer.entry().id()).isEqualTo("failure-help");
            assertThat(answer.pointAsked()).hasValueSatisfying(line -> assertThat(line).contains(quoted));
        });
    }

    /**
     * "认证不通过、不匹配" is what registering shows when the phone number is not in the person's own name (F32): a
     * registration problem, not a failed certification scan (blind tester39 got the failed scan's answer).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"注册的时候老说认证不通过不匹配", "使用人脸识别认证注册时,提示“认证不通过、不匹配”是什么原因?"})
    void theRegistrationMismatchGetsTheRegistrationAnswer(String message) {
        Decision decision = engine.decide(message);

        assertThat(decision.rule()).isEqualTo(Decision.Rule.SCREEN_MESSAGE);
        // The step that explains it (a phone number in one's own name) is in the answer's first message.
        assertThat(decision.reply()).isInstanceOfSatisfying(Reply.Answer.class, answer -> {
            assertThat(answer.entry().id()).isEqualTo("app-registration");
            assertThat(answer.entry().steps()).anyMatch(step -> step.contains("不匹配") && step.contains("本人名下"));
        });
    }

    /**
     * Right after the answer that explains it, a quoted screen message gets the line that quotes it, not that whole answer
     * again ("提示不在認證範圍是啥意思" after the failed scan's answer).
     */
    @Test
    void rightAfterItsAnswerAQuotedScreenMessageGetsItsLine() {
        Conversations chat = new Conversations(engine);
        assertThat(Outcome.of(chat.reply("chat", "刷臉老是不通過"))).isEqualTo("answer failure-help");

        Reply reply = chat.reply("chat", "提示不在認證範圍是啥意思");

        assertThat(reply).isInstanceOfSatisfying(Reply.Detail.class, detail -> {
            assertThat(detail.entry().id()).isEqualTo("failure-help");
            assertThat(detail.sentence()).contains("不属于本次认证范围");
        });
    }

    /** A message that only shares a word with a screen message quotes none: "网络" alone is no "网络异常". */
    @Test
    void aWordOfAScreenMessageIsNotTheMessage() {
        assertThat(index.screenMessageQuoted("网络上怎么做养老认证")).isEmpty();
        assertThat(engine.decide("网络上怎么做养老认证").rule()).isNotEqualTo(Decision.Rule.SCREEN_MESSAGE);
    }

    /** A scam text that happens to say what a screen says is still the scam: the safety rules come first. */
    @Test
    void aScamQuotingAScreenMessageGetsTheUrgentSteps() {
        Decision decision = engine.decide("收到短信说我养老认证网络异常 点链接重新认证 不然下个月停发 是真的吗");

        assertThat(decision.rule()).isEqualTo(Decision.Rule.SAFETY);
    }
}
