package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The outbound queue against a misbehaving Bot API: 429s, bursts of 500s, proxy error pages,
 * refusals and dead connections, and Telegram's per-chat and per-group pacing.
 */
class DeliveryTest {

    private static final long CHAT = 42;
    private static final long OTHER_CHAT = 43;
    private static final long GROUP = -100777;
    private static final RetryPolicy FAST_RETRY = new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200), 3, Duration.ofSeconds(3));
    private static final SendLimits FAST_PACE = new SendLimits(Duration.ZERO, 20, Duration.ofMinutes(1), 30);

    private FakeBotApi api;
    private OkHttpClient http;
    private OutboundQueue queue;

    private OutboundQueue queue(SendLimits limits, int port) {
        http = HttpClients.create("test-http", Duration.ofSeconds(5));
        queue = new OutboundQueue(new OkHttpTelegramClient(http, FakeBotApi.TOKEN, new TelegramUrl("http", "127.0.0.1", port, false)),
                limits, FAST_RETRY, 4);
        return queue;
    }

    private OutboundQueue queue(SendLimits limits) throws Exception {
        api = FakeBotApi.start();
        return queue(limits, api.url().getPort());
    }

    @AfterEach
    void stop() {
        if (queue != null) {
            queue.close(Duration.ofSeconds(1));
        }
        if (http != null) {
            HttpClients.shutdown(http);
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void rateLimitedMessageWaitsRetryAfterThenArrivesOnce() throws Exception {
        queue(FAST_PACE);
        api.rateLimitNext("sendMessage", 1, 1);

        queue.sendText(CHAT, "您好");
        api.awaitMessages(CHAT, 1);

        List<FakeBotApi.Call> tries = api.calls("sendMessage");
        assertThat(tries).extracting(FakeBotApi.Call::status).containsExactly(429, 200);
        assertThat(tries.get(1).atMillis() - tries.get(0).atMillis()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void rateLimitSlowsDownEveryChatNotJustOne() throws Exception {
        queue(FAST_PACE);
        api.rateLimitNext("sendMessage", 1, 1);

        queue.sendText(CHAT, "第一条");
        api.await(a -> !a.calls("sendMessage").isEmpty(), Duration.ofSeconds(5), "the 429");
        Thread.sleep(100); // let the queue read the 429 before the other chat's message is queued
        queue.sendText(OTHER_CHAT, "别的聊天");
        api.awaitMessages(OTHER_CHAT, 1);

        long limitedAt = api.calls("sendMessage").get(0).atMillis();
        assertThat(api.messagesTo(OTHER_CHAT).get(0).atMillis() - limitedAt).isGreaterThanOrEqualTo(900);
    }

    @Test
    void burstOfServerErrorsIsRetriedWithGrowingWaits() throws Exception {
        queue(FAST_PACE);
        api.serverErrorNext("sendMessage", 3);

        queue.sendText(CHAT, "您好");
        api.awaitMessages(CHAT, 1);

        List<FakeBotApi.Call> tries = api.calls("sendMessage");
        assertThat(tries).extracting(FakeBotApi.Call::status).containsExactly(500, 500, 500, 200);
        // Jittered waits of at least 10, 20 and 40 ms (half of 20, 40, 80).
        assertThat(tries.get(3).atMillis() - tries.get(0).atMillis()).isGreaterThanOrEqualTo(70);
        assertThat(api.messagesTo(CHAT)).hasSize(1);
    }

    @Test
    void proxyErrorPagesAreRetriedToo() throws Exception {
        queue(FAST_PACE);
        api.badGatewayNext("sendMessage", 2);

        queue.sendText(CHAT, "您好");

        assertThat(api.awaitMessages(CHAT, 1)).extracting(FakeBotApi.Call::text).containsExactly("您好");
        assertThat(api.calls("sendMessage")).hasSize(3);
    }

    @Test
    void afterTheLastTryTheMessageIsDroppedAndTheChatCarriesOn() throws Exception {
        queue(FAST_PACE);
        api.serverErrorNext("sendMessage", FAST_RETRY.maxAttempts());

        queue.sendText(CHAT, "一");
        queue.sendText(CHAT, "二");

        assertThat(api.awaitMessages(CHAT, 1)).extracting(FakeBotApi.Call::text).containsExactly("二");
        assertThat(api.calls("sendMessage")).hasSize(FAST_RETRY.maxAttempts() + 1);
        assertThat(queue.awaitIdle(Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void refusedMessageIsNotRetried() throws Exception {
        queue(FAST_PACE);
        api.badRequestNext("sendMessage", "can't parse entities");

        queue.sendText(CHAT, "一");
        queue.sendText(CHAT, "二");

        assertThat(api.awaitMessages(CHAT, 1)).extracting(FakeBotApi.Call::text).containsExactly("二");
        assertThat(api.calls("sendMessage")).extracting(FakeBotApi.Call::status).containsExactly(400, 200);
    }

    @Test
    void unreachableApiIsRetriedThenGivenUpWithinBoundedTime() throws Exception {
        api = FakeBotApi.start();
        int deadPort = api.url().getPort();
        api.close();
        api = null;
        queue(FAST_PACE, deadPort);

        queue.sendText(CHAT, "您好");

        assertThat(queue.awaitIdle(Duration.ofSeconds(3))).as("dropped after %d tries", FAST_RETRY.maxAttempts()).isTrue();
    }

    @Test
    void oneChatGetsItsMessagesInOrderAboutOnePerSecondWhileOtherChatsDoNotWait() throws Exception {
        queue(SendLimits.TELEGRAM);

        for (String text : List.of("一", "二", "三")) {
            queue.sendText(CHAT, text);
        }
        queue.sendText(OTHER_CHAT, "别的聊天");

        List<FakeBotApi.Call> sent = api.awaitMessages(CHAT, 3);
        assertThat(sent).extracting(FakeBotApi.Call::text).containsExactly("一", "二", "三");
        assertThat(sent.get(1).atMillis() - sent.get(0).atMillis()).isGreaterThanOrEqualTo(950);
        assertThat(sent.get(2).atMillis() - sent.get(1).atMillis()).isGreaterThanOrEqualTo(950);
        assertThat(api.messagesTo(OTHER_CHAT).get(0).atMillis()).isLessThan(sent.get(1).atMillis());
    }

    @Test
    void groupGetsNoMoreThanItsQuotaInAnyWindowAndEverythingInOrder() throws Exception {
        int quota = 8;
        queue(new SendLimits(Duration.ZERO, quota, Duration.ofSeconds(1), 30));

        List<String> texts = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> "第" + i + "条").toList();
        texts.forEach(text -> queue.sendText(GROUP, text));

        List<FakeBotApi.Call> sent = api.awaitMessages(GROUP, texts.size());
        assertThat(sent).extracting(FakeBotApi.Call::text).containsExactlyElementsOf(texts);
        // A sliding window, as Telegram counts: no quota + 1 messages within one second, wherever it starts.
        for (int i = 0; i + quota < sent.size(); i++) {
            assertThat(sent.get(i + quota).atMillis() - sent.get(i).atMillis()).as("messages %d to %d", i + 1, i + quota + 1)
                    .isGreaterThanOrEqualTo(999);
        }
    }

    @Test
    void overlongTextIsSplitAndTheKeyboardGoesUnderTheLastPart() throws Exception {
        queue(FAST_PACE);
        String line = "这是很长的一行说明文字，用来测试拆分。".repeat(10);
        String html = String.join("\n", java.util.Collections.nCopies(40, line));

        queue.send(CHAT, new OutgoingMessage(html, TopicKeyboard.inlineKeyboard(TestEngine.corpus().menus())));

        List<FakeBotApi.Call> sent = api.awaitMessages(CHAT, 2);
        assertThat(sent).allSatisfy(part -> assertThat(part.text().length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("\n", sent.stream().map(FakeBotApi.Call::text).toList())).isEqualTo(html);
        assertThat(sent.get(0).body().has("reply_markup")).isFalse();
        assertThat(sent.get(sent.size() - 1).body().has("reply_markup")).isTrue();
    }
}
