package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;

/** Stopping and starting the bot while users are talking: nothing lost, nothing answered twice. */
class RestartTest {

    private static final List<String> TOPICS = List.of("支付宝认证", "帮老人认证", "认证失败", "没认证停发了", "多久认证一次", "防骗提醒");
    private static final List<String> ENTRIES = List.of("alipay-self", "for-others", "failure-help", "missed-deadline", "annual-review", "fraud-safety");
    private static final long FIRST_USER = 500;
    private static final int USERS = 5;

    private final HandledUpdateStore store = HandledUpdateStore.inMemory();
    private BotHarness bot;

    @AfterEach
    void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
    }

    private void start() throws Exception {
        // Small batches and real per-chat pacing, so the restart lands in the middle of the stream.
        TelegramSettings settings = BotHarness.fastSettings()
                .withPolling(50, 3)
                .withSendLimits(new SendLimits(Duration.ofMillis(100), 20, Duration.ofMinutes(1), 30));
        bot = BotHarness.start(settings, TelegramExtensions.builder().handledUpdates(store).build());
    }

    @Test
    void restartMidStreamAnswersEveryQuestionExactlyOnceAndInOrder() throws Exception {
        start();
        for (String topic : TOPICS) {
            for (long user = FIRST_USER; user < FIRST_USER + USERS; user++) {
                bot.api.push(Updates.text(user, topic));
            }
        }
        bot.api.await(api -> api.messages().size() >= 8, Duration.ofSeconds(10), "the first answers");

        bot.restart();

        bot.api.await(api -> api.messages().size() >= TOPICS.size() * USERS, Duration.ofSeconds(15), "all answers");
        Thread.sleep(300);
        for (long user = FIRST_USER; user < FIRST_USER + USERS; user++) {
            assertThat(titlesSentTo(user)).as("answers to user %d", user).containsExactlyElementsOf(expectedTitles());
        }
    }

    @Test
    void updatesHandledJustBeforeACrashAreNotAnsweredAgain() throws Exception {
        start();
        for (String topic : TOPICS.subList(0, 3)) {
            bot.ask(FIRST_USER, topic);
        }

        // As if the process died before its next getUpdates confirmed them: Telegram sends them again.
        bot.api.forgetConfirmations();
        bot.restart();
        bot.ask(FIRST_USER, TOPICS.get(3));

        assertThat(titlesSentTo(FIRST_USER)).containsExactlyElementsOf(expectedTitles().subList(0, 4));
    }

    @Test
    void updatesNeverHandledBeforeAStopAreAnsweredAfterTheRestart() throws Exception {
        start();
        bot.bot().close();
        bot.api.push(Updates.text(FIRST_USER, TOPICS.get(0)));

        bot.restart();

        assertThat(bot.api.awaitMessages(FIRST_USER, 1)).hasSize(1);
        assertThat(titlesSentTo(FIRST_USER)).containsExactly(expectedTitles().get(0));
    }

    private List<String> titlesSentTo(long user) {
        List<String> titles = new ArrayList<>();
        for (FakeBotApi.Call call : bot.api.messagesTo(user)) {
            titles.add(call.text().substring("<b>".length(), call.text().indexOf("</b>")));
        }
        return titles;
    }

    private static List<String> expectedTitles() {
        return ENTRIES.stream().map(id -> Html.escape(TestEngine.corpus().entry(id).orElseThrow().title())).toList();
    }
}
