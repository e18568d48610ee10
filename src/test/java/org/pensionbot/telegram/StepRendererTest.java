package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.telegram.fake.TelegramHtml;

class StepRendererTest {

    private final FaqEntry alipay = TestEngine.corpus().entry("alipay-self").orElseThrow();
    private final int total = alipay.steps().size();

    @Test
    void firstStepShowsOnlyThatStepWithNextAndStuck() {
        OutgoingMessage message = StepRenderer.step(alipay, 1);

        String visible = TelegramHtml.visibleText(message.html());
        assertThat(visible).contains("第 1 步（共 " + total + " 步）", alipay.steps().get(0)).doesNotContain(alipay.steps().get(1));
        assertThat(ReplyRendererTest.rows(message)).containsExactly(
                java.util.List.of("s:alipay-self:2"), java.util.List.of("x:alipay-self:1"));
        assertThat(ReplyRendererTest.labels(message)).containsExactly(TelegramPhrases.NEXT_STEP, TelegramPhrases.STUCK);
    }

    @Test
    void lastStepSaysSoAndAsksForFeedbackInsteadOfNext() {
        OutgoingMessage message = StepRenderer.step(alipay, total);

        assertThat(TelegramHtml.visibleText(message.html())).contains(TelegramPhrases.LAST_STEP);
        assertThat(ReplyRendererTest.rows(message)).containsExactly(
                java.util.List.of("x:alipay-self:" + total), java.util.List.of("f:+:alipay-self", "f:-:alipay-self"));
    }

    @Test
    void stepNumberFromAnOldButtonIsClampedToTheProcedure() {
        assertThat(TelegramHtml.visibleText(StepRenderer.step(alipay, 99).html())).contains("第 " + total + " 步");
        assertThat(TelegramHtml.visibleText(StepRenderer.step(alipay, 0).html())).contains("第 1 步");
    }

    @Test
    void stuckGivesEveryTipTheHotlineAndAWayBack() {
        OutgoingMessage message = StepRenderer.stuck(alipay, 3);

        String visible = TelegramHtml.visibleText(message.html());
        alipay.tips().forEach(tip -> assertThat(visible).contains("• " + tip));
        assertThat(visible).contains("12333");
        assertThat(ReplyRendererTest.rows(message)).containsExactly(java.util.List.of("s:alipay-self:3"));
        assertThat(TelegramHtml.problems(message.html())).isEmpty();
    }
}
