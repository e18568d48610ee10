package org.pensionbot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.telegram.TelegramSettings;
import org.pensionbot.telegram.fake.FakeBotApi;

/**
 * The Bot API misbehaves for a stretch while users keep asking: 429s, 500s, answers that never
 * come, bodies that are not JSON, on {@code getUpdates} and on {@code sendMessage}. The bot
 * recovers without help and every question is answered exactly once, in order.
 *
 * <p>Each test injects the faults before the stream starts, so the first calls hit them, and
 * checks both that every injected fault was served and that the transcripts are exact.
 */
class ApiFaultsTest {

    private static final Duration ALL_ANSWERED = Duration.ofSeconds(40);
    // Short read timeouts (production: 30 s for sends, poll timeout + 15 s for getUpdates), and
    // stalls well beyond them so that the client, not the fake, ends each stalled call. A send
    // that times out although it arrived would be sent twice, so its timeout leaves room for a
    // slow CI machine; a poll that times out costs nothing.
    private static final Duration SEND_TIMEOUT = Duration.ofMillis(1500);
    private static final Duration POLL_MARGIN = Duration.ofSeconds(1);
    private static final Duration STALL = Duration.ofSeconds(4);

    private final TopicStream stream = new TopicStream(701, 4);
    private BotUnderTest bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    private FakeBotApi start(TelegramSettings settings) throws Exception {
        bot = BotUnderTest.start(settings);
        return bot.api;
    }

    private FakeBotApi start() throws Exception {
        return start(BotUnderTest.settings());
    }

    private static TelegramSettings shortTimeouts() {
        return BotUnderTest.settings().withPolling(1, 100).withReadTimeouts(SEND_TIMEOUT, POLL_MARGIN);
    }

    /** Streams the questions, waits for the answers and checks the faults were served and the transcripts exact. */
    private void streamAndCheck(String... faultedMethods) throws Exception {
        stream.pushAll(bot.api, 20);
        bot.awaitDelivered(stream.total(), ALL_ANSWERED);

        for (String method : faultedMethods) {
            assertThat(bot.api.faultsLeft(method)).as("injected faults left on %s", method).isZero();
        }
        TopicStream.Outcome outcome = stream.outcome(bot.api);
        assertThat(outcome.exactlyOnceInOrder()).as("%s", outcome).isTrue();
    }

    @Test
    void rateLimitedSendsWaitRetryAfterAndLoseNothing() throws Exception {
        start().rateLimitNext("sendMessage", 2, 1);
        streamAndCheck("sendMessage");
    }

    @Test
    void rateLimitedPollingRecovers() throws Exception {
        start().rateLimitNext("getUpdates", 4, 1);
        streamAndCheck("getUpdates");
    }

    @Test
    void burstOfServerErrorsOnSendsLosesNothing() throws Exception {
        FakeBotApi api = start();
        api.serverErrorNext("sendMessage", 6);
        api.badGatewayNext("sendMessage", 2);
        streamAndCheck("sendMessage");
    }

    @Test
    void burstOfServerErrorsOnPollingLosesNothing() throws Exception {
        FakeBotApi api = start();
        api.serverErrorNext("getUpdates", 5);
        api.badGatewayNext("getUpdates", 2);
        streamAndCheck("getUpdates");
    }

    @Test
    void sendsThatTimeOutAreRetried() throws Exception {
        start(shortTimeouts()).stallNext("sendMessage", 2, STALL);
        streamAndCheck("sendMessage");
    }

    @Test
    void pollsThatTimeOutAreRetried() throws Exception {
        start(shortTimeouts()).stallNext("getUpdates", 2, STALL);
        streamAndCheck("getUpdates");
    }

    @Test
    void malformedJsonOnSendsIsRetried() throws Exception {
        start().malformedJsonNext("sendMessage", 4);
        streamAndCheck("sendMessage");
    }

    @Test
    void malformedJsonOnPollingIsRetried() throws Exception {
        start().malformedJsonNext("getUpdates", 4);
        streamAndCheck("getUpdates");
    }

    @Test
    void everyFaultAtOnceOnBothMethods() throws Exception {
        FakeBotApi api = start(shortTimeouts());
        for (String method : new String[] {"getUpdates", "sendMessage"}) {
            api.serverErrorNext(method, 2);
            api.malformedJsonNext(method, 2);
            api.rateLimitNext(method, 1, 1);
            api.stallNext(method, 1, STALL);
            api.badGatewayNext(method, 2);
        }
        streamAndCheck("getUpdates", "sendMessage");
    }

    /**
     * The one fault no Bot API client can absorb: Telegram accepted a message but the answer was
     * lost. The bot cannot tell this from a request that never arrived, so it sends again and
     * the user sees that answer twice (sendMessage has no idempotency key). Nothing is lost.
     */
    @Test
    void aLostAnswerToADeliveredMessageShowsThatMessageTwice() throws Exception {
        start(shortTimeouts()).loseResponsesNext(1, STALL);
        stream.pushAll(bot.api, 20);
        bot.awaitDelivered(stream.total() + 1, ALL_ANSWERED);

        TopicStream.Outcome outcome = stream.outcome(bot.api);
        assertThat(outcome.lost()).as("%s", outcome).isZero();
        assertThat(outcome.duplicates()).as("%s", outcome).isEqualTo(1);
    }
}
