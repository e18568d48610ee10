package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.TelegramHtml;

/**
 * A real {@link TelegramBot} (real telegrambots client and poller, real engine and corpus)
 * connected to a {@link FakeBotApi}, with waits shortened so the suite stays fast.
 *
 * <p>{@link #close()} also checks every message the bot sent during the test: HTML parse mode,
 * well-formed with only Telegram's tags, at most 4096 characters, and button data at most 64
 * bytes, so no test can forget to.
 */
final class BotHarness implements AutoCloseable {

    final FakeBotApi api;
    private final TelegramSettings settings;
    private final TelegramExtensions extensions;
    private TelegramBot bot;

    private BotHarness(FakeBotApi api, TelegramSettings settings, TelegramExtensions extensions) {
        this.api = api;
        this.settings = settings;
        this.extensions = extensions;
    }

    /** Production limits and timeouts, except short per-chat pacing and short retry waits. */
    static TelegramSettings fastSettings() {
        return TelegramSettings.DEFAULTS
                .withSendLimits(new SendLimits(Duration.ofMillis(10), 20, Duration.ofMinutes(1), 30))
                .withRetries(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200), 5, Duration.ofSeconds(3)),
                        new RetryPolicy(1, Duration.ofMillis(20), Duration.ofMillis(200), 0, Duration.ZERO));
    }

    static BotHarness start() throws Exception {
        return start(fastSettings(), TelegramExtensions.none());
    }

    /**
     * A bot started after {@code arrange} has set up the fake server: failures queued for
     * getUpdates before the bot runs meet its first polls, not whichever poll comes after a long
     * poll already waiting at the server.
     */
    static BotHarness startAfter(Consumer<FakeBotApi> arrange) throws Exception {
        return start(fastSettings(), TelegramExtensions.none(), arrange);
    }

    static BotHarness start(TelegramSettings settings, TelegramExtensions extensions) throws Exception {
        return start(settings, extensions, api -> { });
    }

    private static BotHarness start(TelegramSettings settings, TelegramExtensions extensions,
                                    Consumer<FakeBotApi> arrange) throws Exception {
        BotHarness harness = new BotHarness(FakeBotApi.start(), settings, extensions);
        arrange.accept(harness.api);
        try {
            harness.bot = TelegramBot.start(harness.api.config(), TestEngine.get(), extensions, settings);
        } catch (Exception | Error e) {
            harness.api.close();
            throw e;
        }
        return harness;
    }

    TelegramBot bot() {
        return bot;
    }

    /** Stops the bot as SIGTERM would and starts a new one against the same server. */
    void restart() throws Exception {
        bot.close();
        bot = TelegramBot.start(api.config(), TestEngine.get(), extensions, settings);
    }

    /** Sends the update and waits until the chat has received {@code expected} more messages. */
    List<FakeBotApi.Call> exchange(long chatId, ObjectNode update, int expected) throws InterruptedException {
        int before = api.messagesTo(chatId).size();
        api.push(update);
        List<FakeBotApi.Call> all = api.awaitMessages(chatId, before + expected);
        return all.subList(before, all.size());
    }

    /** Sends a text from {@code userId} in their private chat and returns the one reply. */
    FakeBotApi.Call ask(long userId, String text) throws InterruptedException {
        return exchange(userId, org.pensionbot.telegram.fake.Updates.text(userId, text), 1).get(0);
    }

    /** Waits a little and checks that the chat got nothing more (for updates that must be ignored). */
    void assertSilentFor(long chatId, int alreadySent) throws InterruptedException {
        Thread.sleep(300);
        assertThat(api.messagesTo(chatId)).as("messages to chat %d", chatId).hasSize(alreadySent);
    }

    @Override
    public void close() throws IOException {
        try {
            if (bot != null) {
                bot.close();
            }
            assertEveryMessageIsValid();
        } finally {
            api.close();
        }
    }

    private void assertEveryMessageIsValid() {
        for (FakeBotApi.Call message : api.messages()) {
            assertThat(message.body().path("parse_mode").asText()).as("parse mode of %s", message.body()).isEqualToIgnoringCase("HTML");
            assertThat(TelegramHtml.problems(message.text())).as("HTML problems in %s", message.text()).isEmpty();
            for (String data : callbackData(message.body())) {
                assertThat(data.getBytes(StandardCharsets.UTF_8).length).as("callback_data %s", data).isBetween(1, 64);
            }
        }
    }

    static List<String> callbackData(JsonNode body) {
        List<String> data = new ArrayList<>();
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                data.add(button.path("callback_data").asText());
            }
        }
        return data;
    }

    /** Labels of the inline buttons, row by row flattened. */
    static List<String> inlineLabels(JsonNode body) {
        List<String> labels = new ArrayList<>();
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                labels.add(button.path("text").asText());
            }
        }
        return labels;
    }

    /** Labels of the reply keyboard (the big buttons under the text field). */
    static List<String> replyKeyboardLabels(JsonNode body) {
        List<String> labels = new ArrayList<>();
        for (JsonNode row : body.path("reply_markup").path("keyboard")) {
            for (JsonNode button : row) {
                labels.add(button.isTextual() ? button.asText() : button.path("text").asText());
            }
        }
        return labels;
    }
}
