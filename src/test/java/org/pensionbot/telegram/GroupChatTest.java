package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;

/** In a family group the bot speaks only when spoken to. */
class GroupChatTest {

    private static final long GROUP = -1001987654321L;
    private static final long GRANDSON = 3001;
    private static final String MENTION = "@" + FakeBotApi.BOT_USERNAME;

    private final String alipayTitle = TestEngine.corpus().entry("alipay-self").orElseThrow().title();
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
    void ordinaryGroupChatterIsLeftAlone() throws Exception {
        bot.api.push(Updates.groupText(GROUP, GRANDSON, "奶奶，支付宝认证弄好了吗？"));
        bot.api.push(Updates.groupText(GROUP, GRANDSON, "/help@some_other_bot"));

        bot.assertSilentFor(GROUP, 0);
    }

    @Test
    void mentionIsAnsweredWithoutTheMention() throws Exception {
        JsonNode reply = bot.exchange(GROUP, Updates.groupText(GROUP, GRANDSON, MENTION + "支付宝怎么做社保认证"), 1).get(0).body();

        assertThat(reply.path("text").asText()).startsWith("<b>" + Html.escape(alipayTitle) + "</b>");
    }

    @Test
    void replyToTheBotIsAnswered() throws Exception {
        String reply = bot.exchange(GROUP, Updates.groupReplyToBot(GROUP, GRANDSON, "支付宝认证"), 1).get(0).text();

        assertThat(reply).startsWith("<b>" + Html.escape(alipayTitle) + "</b>");
    }

    @Test
    void commandsWorkAndUseInlineButtonsInsteadOfReplacingEveryonesKeyboard() throws Exception {
        JsonNode start = bot.exchange(GROUP, Updates.groupText(GROUP, GRANDSON, "/start@" + FakeBotApi.BOT_USERNAME), 1).get(0).body();
        String help = bot.exchange(GROUP, Updates.groupText(GROUP, GRANDSON, "/help"), 1).get(0).text();

        assertThat(start.path("reply_markup").has("keyboard")).isFalse();
        assertThat(BotHarness.callbackData(start)).contains("a:alipay-self", "a:fraud-safety").hasSize(6);
        assertThat(help).contains("怎么问我");
    }

    @Test
    void buttonsPressedInTheGroupAreAnsweredInTheGroup() throws Exception {
        String reply = bot.exchange(GROUP, Updates.groupButton(GROUP, GRANDSON, "a:alipay-self"), 1).get(0).text();

        assertThat(reply).startsWith("<b>" + Html.escape(alipayTitle) + "</b>");
        bot.api.await(api -> api.calls("answerCallbackQuery").size() >= 1, Duration.ofSeconds(5), "the press acknowledged");
        assertThat(bot.api.calls("answerCallbackQuery")).hasSize(1);
    }
}
