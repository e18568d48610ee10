package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.TelegramHtml;
import org.pensionbot.telegram.fake.Updates;

/** A user walks through a procedure one step per message, pressing the buttons the bot sent. */
class StepByStepTest {

    private static final long USER = 815;

    private final FaqEntry alipay = TestEngine.corpus().entry("alipay-self").orElseThrow();
    private BotHarness bot;

    @BeforeEach
    void start() throws Exception {
        bot = BotHarness.start();
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    @Test
    void alipayIsAProcedure() {
        assertThat(alipay.isProcedure()).as("alipay-self.md says procedure: true").isTrue();
    }

    @Test
    void walksFromTheAnswerToTheLastStepByPressingNext() throws Exception {
        JsonNode answer = bot.ask(USER, "支付宝认证").body();
        String data = BotHarness.callbackData(answer).stream().filter(d -> d.startsWith("s:")).findFirst().orElseThrow();

        for (int step = 1; step <= alipay.steps().size(); step++) {
            JsonNode message = bot.exchange(USER, Updates.button(USER, data), 1).get(0).body();
            String visible = TelegramHtml.visibleText(message.path("text").asText());

            assertThat(visible).contains("第 " + step + " 步（共 " + alipay.steps().size() + " 步）",
                    Dialable.numbers(alipay.steps().get(step - 1)));
            List<String> buttons = BotHarness.callbackData(message);
            assertThat(buttons).contains("x:alipay-self:" + step);
            if (step < alipay.steps().size()) {
                data = buttons.get(0);
                assertThat(data).isEqualTo("s:alipay-self:" + (step + 1));
            } else {
                assertThat(visible).contains(TelegramPhrases.LAST_STEP);
                assertThat(buttons).contains("f:+:alipay-self").noneMatch(b -> b.startsWith("s:"));
            }
        }
        // answerCallbackQuery and the step message go out independently: wait for the last answer too.
        bot.api.await(api -> api.calls("answerCallbackQuery").size() >= alipay.steps().size(), Duration.ofSeconds(5),
                "an answerCallbackQuery for every press");
        assertThat(bot.api.calls("answerCallbackQuery")).hasSize(alipay.steps().size());
    }

    @Test
    void stuckGivesTheStepsOwnHelpThenTheProcedureTipsThenTheFailureHelpAnswer() throws Exception {
        FaqEntry failureHelp = TestEngine.corpus().entry("failure-help").orElseThrow();

        List<FakeBotApi.Call> replies = bot.exchange(USER, Updates.button(USER, "x:alipay-self:4"), 2);

        String tips = TelegramHtml.visibleText(replies.get(0).text());
        assertThat(tips).startsWith(TelegramPhrases.STUCK_INTRO);
        int at = 0;
        for (String line : concat(alipay.helpForStep(4), alipay.tips())) {
            int found = tips.indexOf("• " + Dialable.numbers(line), at);
            assertThat(found).as("'%s' after the lines before it", line).isGreaterThan(at);
            at = found;
        }
        assertThat(BotHarness.callbackData(replies.get(0).body())).containsExactly("s:alipay-self:4");
        assertThat(replies.get(1).text()).startsWith("<b>" + Html.escape(failureHelp.title()) + "</b>");
    }

    @Test
    void anOldStepButtonOfAnEntryThatIsNoProcedureShowsItsAnswerNotALastStep() throws Exception {
        FaqEntry notProcedure = TestEngine.corpus().entries().stream().filter(e -> !e.isProcedure() && !e.steps().isEmpty())
                .findFirst().orElse(null);
        Assumptions.assumeTrue(notProcedure != null, "the corpus has an entry with steps that is no procedure");
        int last = notProcedure.steps().size();

        String reply = bot.exchange(USER, Updates.button(USER, "s:" + notProcedure.id() + ":" + last), 1).get(0).text();

        assertThat(reply).startsWith("<b>" + Html.escape(notProcedure.title()) + "</b>");
        assertThat(TelegramHtml.visibleText(reply)).doesNotContain(TelegramPhrases.LAST_STEP);
    }

    @Test
    void stepsOfAnEntryWithoutStepsShowItsAnswer() throws Exception {
        FaqEntry plain = TestEngine.corpus().entries().stream().filter(e -> !e.isProcedure()).findFirst().orElse(null);
        Assumptions.assumeTrue(plain != null, "the corpus has an entry without steps");

        String reply = bot.exchange(USER, Updates.button(USER, "s:" + plain.id() + ":1"), 1).get(0).text();

        assertThat(reply).startsWith("<b>" + Html.escape(plain.title()) + "</b>");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
