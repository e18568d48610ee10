package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Reply;
import org.pensionbot.telegram.fake.TelegramHtml;

class StepRendererTest {

    private final FaqEntry alipay = procedure(TestEngine.corpus().entry("alipay-self").orElseThrow());
    private final int total = alipay.steps().size();

    @Test
    void firstStepShowsOnlyThatStepWithNextAndStuck() {
        OutgoingMessage message = render(new Reply.Step("", false, alipay, 1));

        String visible = TelegramHtml.visibleText(message.html());
        assertThat(visible).contains("第 1 步（共 " + total + " 步）", alipay.steps().get(0)).doesNotContain(alipay.steps().get(1));
        assertThat(ReplyRendererTest.rows(message)).containsExactly(
                List.of("s:alipay-self:2"), List.of("x:alipay-self:1"));
        assertThat(ReplyRendererTest.labels(message)).containsExactly(TelegramPhrases.NEXT_STEP, TelegramPhrases.STUCK);
    }

    @Test
    void lastStepSaysSoAndAsksForFeedbackInsteadOfNext() {
        OutgoingMessage message = render(new Reply.Step("", false, alipay, total));

        assertThat(TelegramHtml.visibleText(message.html())).contains(TelegramPhrases.LAST_STEP);
        assertThat(ReplyRendererTest.rows(message)).containsExactly(
                List.of("x:alipay-self:" + total), List.of("f:+:alipay-self", "f:-:alipay-self"));
    }

    @Test
    void stepNumberFromAnOldButtonIsClampedToTheProcedure() {
        assertThat(TelegramHtml.visibleText(StepRenderer.step(alipay, 99))).contains("第 " + total + " 步");
        assertThat(TelegramHtml.visibleText(StepRenderer.step(alipay, 0))).contains("第 1 步");
    }

    @Test
    void stuckGivesEveryTipTheHotlineAndAWayBack() {
        OutgoingMessage message = render(new Reply.Stuck("", false, alipay, 3));

        String visible = TelegramHtml.visibleText(message.html());
        alipay.tips().forEach(tip -> assertThat(visible).contains("• " + Dialable.numbers(tip)));
        assertThat(visible).contains("12333");
        assertThat(ReplyRendererTest.rows(message)).containsExactly(List.of("s:alipay-self:3"));
        assertThat(TelegramHtml.problems(message.html())).isEmpty();
    }

    @Test
    void stuckShowsTheHelpWrittenUnderThatStepFirstThenTheTips() {
        FaqEntry entry = new FaqEntry("steps", "怎么认证？", List.of("q"), List.of(), List.of(), List.of(), LocalDate.of(2026, 1, 1),
                "按步骤来。", List.of("打开支付宝。", "搜“市民中心”。"), List.of("光线要亮。"), Path.of("steps.md"), true,
                List.of(List.of(), List.of("搜不到就搜“电子社保卡”。")));

        String atTwo = TelegramHtml.visibleText(StepRenderer.stuck(entry, 2));
        String atOne = TelegramHtml.visibleText(StepRenderer.stuck(entry, 1));

        assertThat(atTwo).startsWith(TelegramPhrases.STUCK_INTRO + "\n• 搜不到就搜“电子社保卡”。\n\n" + TelegramPhrases.STUCK_MORE
                + "\n• 光线要亮。");
        assertThat(atOne).startsWith(TelegramPhrases.STUCK_INTRO + "\n• 光线要亮。").doesNotContain("电子社保卡");
    }

    /** As the bot sends it: the screen's text with the choices {@link org.pensionbot.dialog.ReplyChoices} offers every channel. */
    private static OutgoingMessage render(Reply reply) {
        return new ReplyRenderer(() -> TestEngine.get().popularTopics()).render(reply);
    }

    /** Step screens only exist for procedures; these tests are about the screens, whatever the corpus marks. */
    private static FaqEntry procedure(FaqEntry entry) {
        return new FaqEntry(entry.id(), entry.title(), entry.questions(), entry.keywords(), entry.related(), entry.sources(),
                entry.updated(), entry.summary(), entry.steps(), entry.tips(), entry.file(), true, entry.stepHelp());
    }
}
