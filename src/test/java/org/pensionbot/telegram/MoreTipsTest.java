package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.telegram.fake.TelegramHtml;
import org.pensionbot.telegram.fake.Updates;

/** An answer a phone screen can hold: the short answer and steps first, the tips one tap away. */
class MoreTipsTest {

    private static final long USER = 816;

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
    void theAnswerHoldsBackItsTipsBehindAMoreTipsButton() throws Exception {
        JsonNode answer = bot.ask(USER, "支付宝怎么认证").body();

        String visible = TelegramHtml.visibleText(answer.path("text").asText());
        assertThat(visible).contains(Dialable.numbers(alipay.steps().get(0)));
        alipay.tips().forEach(tip -> assertThat(visible).doesNotContain(Dialable.numbers(tip)));
        assertThat(BotHarness.inlineLabels(answer)).contains(TelegramPhrases.MORE_TIPS);
        assertThat(BotHarness.callbackData(answer)).contains("t:alipay-self");
    }

    @Test
    void pressingMoreTipsSendsEveryTipAsTheNextMessage() throws Exception {
        bot.ask(USER, "支付宝怎么认证");

        String tips = TelegramHtml.visibleText(bot.exchange(USER, Updates.button(USER, "t:alipay-self"), 1).get(0).text());

        assertThat(tips).startsWith("小提示：");
        alipay.tips().forEach(tip -> assertThat(tips).contains("• " + Dialable.numbers(tip)));
    }

    @Test
    void moreTipsOfAnEntryThatNoLongerExistsSaysTheButtonExpired() throws Exception {
        String reply = bot.exchange(USER, Updates.button(USER, "t:no-such-entry"), 1).get(0).text();

        assertThat(TelegramHtml.visibleText(reply)).isEqualTo(TelegramPhrases.EXPIRED_BUTTON);
    }
}
