package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.search.FaqIndex;

/**
 * A choice whose first option the classifier finds likely says that option's answer in brief above the options, so a
 * person whose question it answers reads the answer without picking a number; a choice between options about as likely
 * stays a plain list.
 */
class LeaningChoiceTest {

    private static DialogEngine engine;

    @BeforeAll
    static void startEngine() {
        FaqIndex index = RealCorpus.index();
        engine = new DialogEngine(() -> index);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"刚帮我奶奶刷完脸，怎么看认证成功没有, check-result", "国家社保公共服务平台那个能刷脸认证不, other-channels",
            "退休人员错过认证怎么办?, missed-deadline"})
    void aChoiceLedByALikelyEntryShowsItsAnswerInBrief(String question, String entry) {
        Reply reply = engine.reply(question);

        assertThat(reply).isInstanceOfSatisfying(Reply.Clarify.class, choice -> {
            assertThat(choice.reason()).isEqualTo(Reply.ClarifyReason.LEANS_TO_THE_FIRST);
            assertThat(choice.candidates()).hasSizeGreaterThan(1);
            assertThat(choice.candidates().get(0).id()).isEqualTo(entry);
            assertThat(Phrases.clarifyPrompt(choice)).startsWith("我不太确定您想问哪一个")
                    .contains(choice.candidates().get(0).entry().brief().orElseThrow());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"企业退休的老职工，每年都得认正吗", "除了支付宝"})
    void aChoiceBetweenOptionsAboutAsLikelyStaysAPlainList(String question) {
        Reply reply = engine.reply(question);

        assertThat(reply).isInstanceOfSatisfying(Reply.Clarify.class, choice -> {
            assertThat(choice.reason()).isEqualTo(Reply.ClarifyReason.UNSURE);
            assertThat(Phrases.clarifyPrompt(choice)).isEqualTo(Phrases.CLARIFY_PROMPT);
        });
    }
}
