package org.pensionbot.faults;

import java.time.Duration;
import org.pensionbot.telegram.HandledUpdateStore;
import org.pensionbot.telegram.RetryPolicy;
import org.pensionbot.telegram.SendLimits;
import org.pensionbot.telegram.TelegramBot;
import org.pensionbot.telegram.TelegramExtensions;
import org.pensionbot.telegram.TelegramSettings;
import org.pensionbot.telegram.fake.FakeBotApi;

/** The real bot (real engine, corpus, client and poller) in this JVM, talking to a {@link FakeBotApi}. */
final class BotUnderTest implements AutoCloseable {

    /**
     * Production settings except: 100 ms between messages to a chat instead of 1 s (the stream
     * is over in seconds), and short, patient retries. Patient on purpose: every stretch of faults
     * in these tests must fit in the retry budget, so that a lost answer can only be a bug. (With
     * the production policy the budget is 5 tries over 7.5 to 15 s for sends; polling never gives
     * up.)
     */
    static TelegramSettings settings() {
        return TelegramSettings.DEFAULTS
                .withSendLimits(new SendLimits(Duration.ofMillis(100), 20, Duration.ofMinutes(1), 30))
                .withRetries(new RetryPolicy(30, Duration.ofMillis(20), Duration.ofMillis(300), 20, Duration.ofSeconds(3)),
                        new RetryPolicy(1, Duration.ofMillis(20), Duration.ofMillis(300), 0, Duration.ZERO))
                .withPolling(2, 100);
    }

    final FakeBotApi api;
    private final TelegramBot bot;

    private BotUnderTest(FakeBotApi api, TelegramBot bot) {
        this.api = api;
        this.bot = bot;
    }

    static BotUnderTest start(TelegramSettings settings) throws Exception {
        FakeBotApi api = FakeBotApi.start();
        try {
            TelegramExtensions extensions = TelegramExtensions.builder().handledUpdates(HandledUpdateStore.inMemory()).build();
            return new BotUnderTest(api, TelegramBot.start(api.config(), RealEngine.get(), extensions, settings));
        } catch (Exception | Error e) {
            api.close();
            throw e;
        }
    }

    /** Waits until {@code count} messages have reached their chats, then a little longer for strays. */
    void awaitDelivered(int count, Duration timeout) throws InterruptedException {
        api.await(a -> a.deliveredCount() >= count, timeout, count + " delivered messages");
        Thread.sleep(300);
    }

    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            api.close();
        }
    }
}
