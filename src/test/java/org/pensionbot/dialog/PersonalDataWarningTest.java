package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.RealCorpus;

/**
 * A user who pastes an ID-card or phone number is warned, and the number never reaches
 * {@link Reply#question()}, the text that channels log and store.
 */
class PersonalDataWarningTest {

    private static final String ID_CARD = "11010519491231002X";
    private static final String MOBILE = "13812345678";

    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        var index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @Test
    void idCardNumberRaisesTheWarning() {
        assertThat(engine.reply("我的身份证号是" + ID_CARD + "，帮我查下认证").personalDataWarning()).isTrue();
    }

    @Test
    void idCardNumberIsAbsentFromTheQuestion() {
        assertThat(engine.reply("我的身份证号是" + ID_CARD + "，帮我查下认证").question())
                .doesNotContain(ID_CARD).doesNotContain("19491231");
    }

    @Test
    void mobileNumberRaisesTheWarning() {
        assertThat(engine.reply("电话" + MOBILE + "，支付宝怎么认证").personalDataWarning()).isTrue();
    }

    @Test
    void mobileNumberIsAbsentFromTheQuestion() {
        assertThat(engine.reply("电话" + MOBILE + "，支付宝怎么认证").question()).doesNotContain(MOBILE).doesNotContain("1234567");
    }

    @Test
    void questionAroundANumberIsStillAnswered() {
        assertThat(Outcome.of(engine.reply("电话" + MOBILE + "，支付宝上怎么做养老认证"))).isEqualTo("answer alipay-self");
    }

    @Test
    void smallTalkWithANumberStillWarns() {
        assertThat(engine.reply("你好 " + MOBILE).personalDataWarning()).isTrue();
    }

    @Test
    void numberSentAloneIsMasked() {
        assertThat(engine.reply(ID_CARD).question()).doesNotContain(ID_CARD);
    }

    @Test
    void hotlineNumberRaisesNoWarning() {
        assertThat(engine.reply("12333能帮我认证吗").personalDataWarning()).isFalse();
    }

    @Test
    void ordinaryQuestionRaisesNoWarning() {
        assertThat(engine.reply("2024年的认证怎么做").personalDataWarning()).isFalse();
    }
}
