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
            "哦那你能干啥, WHO_ARE_YOU",
            "你都能回答什么问题, WHO_ARE_YOU",
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

    /** Short words of assent and "I'll try it" are thanks too; a question that starts with them is not. */
    @ParameterizedTest
    @ValueSource(strings = {"谢啦", "麻烦你了", "你真好", "行 我试试", "我去试试看", "好", "谢谢了", "中 谢谢", "晓得了 谢谢", "要得", "好额 谢谢侬", "唔该晒", "多谢侬"})
    void wordsOfAssentAreThanks(String text) {
        assertThat(Outcome.of(engine.reply(text))).isEqualTo("smalltalk thanks");
    }

    /**
     * Asked to certify for the person, the bot says it cannot and who can, instead of "没把握" or a choice (blind tester35
     * waited three messages for a certification that could never happen); the personal data pasted with it is warned about.
     */
    @ParameterizedTest
    @ValueSource(strings = {"你直接帮我认证一下吧 我叫张桂兰 身份证在这", "你们不能远程帮我弄吗", "小助手 你帮我把年审弄了吧",
            "你幫我認證一下", "你直接帮我奶奶认证一下吧 她叫王秀英", "身份证号41032219xxxxxxxx 你帮她弄一下就行很简单的"})
    void askingTheBotToCertifyIsToldItCannotAndWhoCan(String text) {
        Reply reply = engine.reply(text);

        assertThat(Outcome.of(reply)).isEqualTo("smalltalk asks_the_bot_to_do_it");
        assertThat(((Reply.SmallTalk) reply).text()).contains("没法替您认证").contains("本人刷脸").contains("社保窗口");
    }

    /** Helping one's own parent is a question the corpus answers, and so is one the request only wraps. */
    @ParameterizedTest
    @CsvSource({"你能帮我妈认证吗, for-others", "帮我妈认证, for-others", "你帮我看看支付宝怎么认证, alipay-self"})
    void aQuestionAroundHelpIsStillAnswered(String text, String entry) {
        assertThat(Outcome.of(engine.reply(text))).isEqualTo("answer " + entry);
    }

    /** There is no person behind the bot: it says so and where to find one, instead of "I don't know". */
    @ParameterizedTest
    @ValueSource(strings = {"人工", "转人工", "人工客服", "我要人工", "有人工吗", "你好 转人工", "客服", "找真人"})
    void askingForAPersonIsToldWhereToFindOne(String text) {
        Reply reply = engine.reply(text);

        assertThat(Outcome.of(reply)).isEqualTo("smalltalk asks_for_a_person");
        assertThat(((Reply.SmallTalk) reply).text()).contains("12333").contains("没有人工客服");
    }

    @ParameterizedTest
    @ValueSource(strings = {"人工审核要多久", "人工审核没通过怎么办", "支付宝客服电话是多少"})
    void aQuestionAboutAManualReviewOrAnotherServiceIsNotAskingForAPerson(String text) {
        assertThat(Outcome.of(engine.reply(text))).doesNotStartWith("smalltalk");
    }

    /** Lost, not asking anything new: how to go on (step by step, family, 12333 or the counter), not "I did not follow". */
    @ParameterizedTest
    @ValueSource(strings = {"还是不懂", "看不懂啊", "太复杂了", "好难", "我不会", "没明白。", "我弄不来", "俺弄不了"})
    void beingLostGetsHowToGoOn(String text) {
        Reply reply = engine.reply(text);

        assertThat(Outcome.of(reply)).isEqualTo("smalltalk confused");
        assertThat(((Reply.SmallTalk) reply).text()).contains("第2步").contains("12333").contains("刷脸必须是本人");
    }

    @ParameterizedTest
    @ValueSource(strings = {"我不会用手机", "不会用智能手机怎么认证", "看不懂提示怎么办"})
    void aQuestionThatStartsLikeBeingLostIsAQuestion(String text) {
        assertThat(Outcome.of(engine.reply(text))).doesNotStartWith("smalltalk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"可以吗", "行不行", "好用吗", "可以帮我妈认证吗", "试试支付宝认证", "中不中", "今天去中不中", "好了没"})
    void questionsThatStartLikeAssentAreNotSmallTalk(String text) {
        assertThat(Outcome.of(engine.reply(text))).doesNotStartWith("smalltalk");
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
