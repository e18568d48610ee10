package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** getUpdates failing (500s, 429, proxy pages) delays answers but loses nothing. */
class PollingFailuresTest {

    private static final long USER = 77;

    private BotHarness bot;

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    @Test
    void questionAskedDuringAnOutageIsAnsweredAfterIt() throws Exception {
        bot = BotHarness.startAfter(api -> {
            api.serverErrorNext("getUpdates", 3);
            api.badGatewayNext("getUpdates", 2);
        });

        String reply = bot.ask(USER, "支付宝认证").text();

        assertThat(reply).startsWith("<b>");
        assertThat(bot.api.calls("getUpdates").size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void rateLimitedPollingRecovers() throws Exception {
        bot = BotHarness.startAfter(api -> api.rateLimitNext("getUpdates", 2, 1));

        assertThat(bot.ask(USER, "/help").text()).contains("怎么问我");
        assertThat(bot.api.calls("getUpdates").size()).isGreaterThanOrEqualTo(3);
    }
}
