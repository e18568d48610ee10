package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pensionbot.config.BotConfig;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;

/** Starting, refusing to start, flood protection and stopping cleanly. */
class LifecycleTest {

    private static final long USER = 9001;
    private final DialogEngine engine = TestEngine.get();
    private final TelegramExtensions inMemory = TelegramExtensions.builder().handledUpdates(HandledUpdateStore.inMemory()).build();

    @Test
    void startChecksTheTokenBeforeAnythingElse() throws Exception {
        try (BotHarness bot = BotHarness.start()) {
            bot.ask(USER, "/start");

            List<String> methods = bot.api.calls().stream().map(FakeBotApi.Call::method).distinct().toList();
            assertThat(methods).startsWith("getme", "setmycommands", "deletewebhook", "getupdates");
            assertThat(bot.bot().identity()).isEqualTo(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));
        }
    }

    @Test
    void rejectedTokenEndsWithOneClearLineAndExitCode2() throws Exception {
        try (FakeBotApi api = FakeBotApi.start()) {
            api.rejectToken();

            assertThat(TelegramBot.run(api.config(), engine, inMemory)).isEqualTo(TelegramBot.EXIT_BAD_TOKEN);
            assertThatThrownBy(() -> TelegramBot.start(api.config(), engine, inMemory, BotHarness.fastSettings()))
                    .isInstanceOf(TelegramStartupException.class)
                    .hasMessage("Telegram rejected the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN")
                    .hasNoCause();
            assertThat(api.calls()).extracting(FakeBotApi.Call::method).containsOnly("getme");
        }
        assertNoBotThreadsLeft();
    }

    @Test
    void missingTokenIsExitCode2() {
        BotConfig noToken = new BotConfig(BotConfig.DEFAULT_CORPUS_DIR, Optional.empty(), BotConfig.DEFAULT_TELEGRAM_API_URL,
                Set.of(), BotConfig.DEFAULT_DATABASE_URL, BotConfig.DEFAULT_RETENTION_DAYS);

        assertThat(TelegramBot.run(noToken, engine, inMemory)).isEqualTo(TelegramBot.EXIT_BAD_TOKEN);
    }

    @Test
    void unreachableBotApiIsExitCode1() throws Exception {
        FakeBotApi api = FakeBotApi.start();
        BotConfig config = api.config();
        api.close();

        assertThatThrownBy(() -> TelegramBot.start(config, engine, inMemory, BotHarness.fastSettings().withStartupAttempts(1)))
                .isInstanceOf(TelegramStartupException.class)
                .hasMessageStartingWith("Cannot reach the Telegram Bot API at " + config.telegramApiUrl())
                .satisfies(e -> assertThat(((TelegramStartupException) e).exitCode()).isEqualTo(TelegramBot.EXIT_UNREACHABLE))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(FakeBotApi.TOKEN));
        assertNoBotThreadsLeft();
    }

    @Test
    void closeEndsTheLongPollAndEveryThreadWellWithinFiveSeconds() throws Exception {
        BotHarness bot = BotHarness.start();
        bot.ask(USER, "支付宝认证");
        bot.api.await(api -> api.calls("getUpdates").size() >= 2, Duration.ofSeconds(5), "a pending long poll");

        long started = System.nanoTime();
        bot.close();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        System.out.printf("LifecycleTest: close() took %d ms with a 50 s long poll pending%n", millis);
        assertThat(millis).isLessThan(5000);
        assertNoBotThreadsLeft();
    }

    @Test
    void closeFinishesRepliesAlreadyQueued() throws Exception {
        TelegramSettings onePerSecond = BotHarness.fastSettings().withSendLimits(SendLimits.TELEGRAM);
        BotHarness bot = BotHarness.start(onePerSecond, inMemory);
        List<Integer> updateIds = new ArrayList<>();
        for (String question : List.of("支付宝认证", "认证失败", "防骗提醒")) {
            updateIds.add(bot.api.push(Updates.text(USER, question)));
        }
        // The first poll may return the first question alone; close() promises to finish what
        // was fetched, so wait until all three were, not only for the first answer.
        bot.api.await(api -> updateIds.stream().allMatch(id -> api.fetchedAtMillis(id) >= 0), Duration.ofSeconds(10),
                "all three questions fetched");
        bot.api.awaitMessages(USER, 1);

        long started = System.nanoTime();
        bot.close();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        System.out.printf("LifecycleTest: close() delivered the 2 queued replies in %d ms%n", millis);
        assertThat(bot.api.messagesTo(USER)).hasSize(3);
        assertThat(millis).isLessThan(5000);
    }

    @Test
    void floodGetsOnePoliteSlowDownAndTheRestIsIgnored() throws Exception {
        try (BotHarness bot = BotHarness.start()) {
            for (int i = 0; i < 25; i++) {
                bot.api.push(Updates.text(USER, "你好"));
            }

            List<FakeBotApi.Call> replies = bot.api.awaitMessages(USER, 21);
            bot.assertSilentFor(USER, 21);

            assertThat(replies.get(20).text()).isEqualTo(Html.escape(TelegramPhrases.SLOW_DOWN));
            assertThat(replies.subList(0, 20)).noneMatch(reply -> reply.text().equals(Html.escape(TelegramPhrases.SLOW_DOWN)));
        }
    }

    /** Every thread the bot starts is named pension-tg-*; none may outlive close(). */
    static void assertNoBotThreadsLeft() throws InterruptedException {
        List<String> alive = List.of();
        for (int i = 0; i < 50; i++) {
            alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(Thread::isAlive)
                    .map(Thread::getName)
                    .filter(name -> name.startsWith(NamedThreads.PREFIX))
                    .toList();
            if (alive.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(alive).as("threads left after close").isEmpty();
    }
}
