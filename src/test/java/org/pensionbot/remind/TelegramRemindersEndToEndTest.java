package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.store.Database;
import org.pensionbot.telegram.Outbox;
import org.pensionbot.telegram.OutgoingMessage;
import org.pensionbot.telegram.RetryPolicy;
import org.pensionbot.telegram.SendLimits;
import org.pensionbot.telegram.TelegramBot;
import org.pensionbot.telegram.TelegramExtensions;
import org.pensionbot.telegram.TelegramSettings;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.TelegramHtml;
import org.pensionbot.telegram.fake.Updates;

/**
 * The reminders through the real Telegram channel (real telegrambots client, long polling and
 * rate-limited outbound queue) against the in-process fake Bot API, wired the way the lead is
 * asked to wire Main: {@code /remind}, the {@code r} button prefix, and the scheduler started by
 * the channel's start hook with its outbox.
 *
 * <p>Not covered here, for want of hooks in the channel today: a typed name after "其他人" (needs a
 * text hook before the FAQ engine) and 403 (the fake cannot answer 403 and the outbound queue does
 * not report it); both are tested against {@link ReminderConversation} and {@link ReminderOutbox}.
 */
class TelegramRemindersEndToEndTest {

    static final long USER = 4_242_4242L;

    private static DialogEngine engine;

    @TempDir
    Path dir;

    final TestClock clock = TestClock.at("2026-11-28T12:00");
    final List<AutoCloseable> running = new ArrayList<>();
    FakeBotApi api;

    @BeforeAll
    static void loadEngine() throws Exception {
        FaqIndex index = FaqIndex.build(CorpusLoader.load(Path.of("faq-corpus")));
        engine = new DialogEngine(() -> index);
    }

    @AfterEach
    void stopAll() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    /** One bot process: database, reminders, Telegram channel, each on a fresh fake Telegram. */
    void startBot() throws Exception {
        api = FakeBotApi.start();
        running.add(api);
        Database database = Database.open("jdbc:sqlite:" + dir.resolve("pension-bot.db"));
        running.add(database);
        Reminders reminders = Reminders.create(database, clock);
        running.add(reminders);
        TelegramExtensions extensions = TelegramExtensions.builder()
                .command(ReminderConversation.COMMAND, ReminderConversation.COMMAND_DESCRIPTION, (request, outbox) ->
                        send(outbox, request.chatId(), reminders.conversation().onCommand(request.chatId(), request.arguments())))
                .button(ReminderConversation.BUTTON_PREFIX, (press, outbox) ->
                        send(outbox, press.chatId(), reminders.conversation().onButton(press.chatId(), press.data().encode().orElse(""))))
                .onStart(outbox -> reminders.start((chatId, message) -> send(outbox, chatId, message)))
                .build();
        running.add(TelegramBot.start(api.config(), engine, extensions, fastSettings()));
    }

    void stopBot() throws Exception {
        stopAll();
        running.clear();
    }

    static void send(Outbox outbox, long chatId, ReminderMessage message) {
        outbox.send(chatId, new OutgoingMessage(message.html(), message.keyboard()));
    }

    static TelegramSettings fastSettings() {
        return TelegramSettings.DEFAULTS
                .withSendLimits(new SendLimits(Duration.ofMillis(10), 20, Duration.ofMinutes(1), 30))
                .withRetries(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200), 5, Duration.ofSeconds(3)),
                        new RetryPolicy(1, Duration.ofMillis(20), Duration.ofMillis(200), 0, Duration.ZERO));
    }

    /** Pushes an update and returns the one message it brought. */
    FakeBotApi.Call exchange(ObjectNode update) throws InterruptedException {
        int before = api.messagesTo(USER).size();
        api.push(update);
        return api.awaitMessages(USER, before + 1).get(before);
    }

    @Test
    void setUpThenAReminderDueWhileTheBotWasDownArrivesOnceAfterStartUpWithWorkingButtons() throws Exception {
        startBot();
        FakeBotApi.Call months = exchange(Updates.text(USER, "/remind"));
        assertThat(seen(months)).contains("上一次认证是哪个月");
        assertThat(callbackData(months.body())).contains("r:m:202611", "r:m:202512", "r:m:0");

        FakeBotApi.Call whom = exchange(Updates.button(USER, "r:m:202512"));
        assertThat(callbackData(whom.body())).contains("r:w:202512:m");
        FakeBotApi.Call saved = exchange(Updates.button(USER, "r:w:202512:m"));
        assertThat(seen(saved)).contains("给「妈妈」的提醒设好了", "2026年12月1日 上午再提醒您一次", "12333");
        assertValid(api);
        stopBot();

        clock.set("2026-12-02T10:30");   // the second reminder fell due on 1 December, while the bot was down
        startBot();

        List<FakeBotApi.Call> reminder = api.awaitMessages(USER, 1);
        assertThat(seen(reminder.get(0))).contains("「妈妈」的养老金资格认证", "这个月是最后一个月", "2026年12月31日",
                "认证一般每12个月一次", "各地规定可能不一样", "12333");
        List<String> buttons = callbackData(reminder.get(0).body());
        assertThat(buttons).contains("a:for-others").anyMatch(data -> data.startsWith("r:ok:"));

        FakeBotApi.Call howTo = exchange(Updates.button(USER, "a:for-others"));
        assertThat(seen(howTo)).contains("怎样帮家里老人做养老保险资格认证");

        String confirm = buttons.stream().filter(data -> data.startsWith("r:ok:")).findFirst().orElseThrow();
        FakeBotApi.Call confirmed = exchange(Updates.button(USER, confirm));
        assertThat(seen(confirmed)).contains("已记下", "2026年12月", "2027年11月1日");
        assertValid(api);
        stopBot();

        startBot();   // the same day again: nothing is due, nothing is sent twice
        Thread.sleep(1_000);
        assertThat(api.messagesTo(USER)).isEmpty();
    }

    @Test
    void theOfferButtonUnderAnAnswerStartsTheSetUp() throws Exception {
        startBot();

        FakeBotApi.Call months = exchange(Updates.button(USER, ReminderConversation.offerButton().getCallbackData()));

        assertThat(seen(months)).contains("上一次认证是哪个月");
        assertValid(api);
    }

    /** The text as the user sees it: HTML tags removed, entities decoded. */
    private static String seen(FakeBotApi.Call message) {
        return message.text().replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static List<String> callbackData(JsonNode body) {
        List<String> data = new ArrayList<>();
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                data.add(button.path("callback_data").asText());
            }
        }
        return data;
    }

    /** Every message: HTML Telegram accepts, callback data within 64 bytes. */
    private static void assertValid(FakeBotApi api) {
        for (FakeBotApi.Call message : api.messages()) {
            assertThat(TelegramHtml.problems(message.text())).as("HTML problems in %s", message.text()).isEmpty();
            assertThat(callbackData(message.body())).allSatisfy(data ->
                    assertThat(data.getBytes(StandardCharsets.UTF_8).length).isBetween(1, 64));
        }
    }
}
