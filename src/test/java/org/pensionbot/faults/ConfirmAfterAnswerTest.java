package org.pensionbot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;

/**
 * Why a kill loses nothing: the bot confirms an update to Telegram (a getUpdates with a higher
 * offset) only after the answer to it has been sent, even when sending is slow.
 */
class ConfirmAfterAnswerTest {

    private static final long USER = 901;

    private BotUnderTest bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void anUpdateIsConfirmedOnlyAfterItsAnswerIsSent() throws Exception {
        bot = BotUnderTest.start(BotUnderTest.settings().withReadTimeouts(Duration.ofMillis(1500), Duration.ofSeconds(1)));
        bot.api.stallNext("sendMessage", 1, Duration.ofSeconds(4));

        int id = bot.api.push(Updates.text(USER, "支付宝认证"));
        bot.awaitDelivered(1, Duration.ofSeconds(20));

        long answeredAt = bot.api.messagesTo(USER).get(0).atMillis();
        List<FakeBotApi.Call> confirmations = bot.api.calls("getUpdates").stream()
                .filter(call -> call.body().path("offset").asInt() > id)
                .toList();
        assertThat(bot.api.calls("sendMessage")).as("a stalled try, then the answer").hasSize(2);
        assertThat(confirmations).as("getUpdates calls confirming update %d", id).isNotEmpty()
                .allSatisfy(call -> assertThat(call.atMillis()).isGreaterThanOrEqualTo(answeredAt));
    }
}
