package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.CorpusLoader;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.store.Database;
import org.pensionbot.telegram.ConversationListener;
import org.pensionbot.telegram.ReminderExtension;
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
 * rate-limited outbound queue) against the in-process fake Bot API, wired exactly as the
 * {@code telegram} command wires them ({@link ReminderExtension}): {@code /remind}, the {@code r}
 * buttons, the typed name after "其他人", the "提醒我" row under answers, 403s, and the scheduler
 * started and stopped with the channel.
 */
class TelegramRemindersEndToEndTest {

    static final long USER = 4_242_4242L;

    private static DialogEngine engine;

    @TempDir
    Path dir;

    final TestClock clock = TestClock.at("2026-11-28T12:00");
    final List<AutoCloseable> running = new ArrayList<>();
    /** The (masked) questions the channel reported to its listener, as the event log would record them. */
    final List<String> questions = new CopyOnWriteArrayList<>();
    FakeBotApi api;
    Reminders reminders;

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
        startBot(fake -> { });
    }

    /** @param beforeStart prepares the fake Telegram before the bot (and so the scheduler) starts */
    void startBot(Consumer<FakeBotApi> beforeStart) throws Exception {
        api = FakeBotApi.start();
        running.add(api);
        beforeStart.accept(api);
        Database database = Database.open("jdbc:sqlite:" + dir.resolve("pension-bot.db"));
        running.add(database);
        reminders = Reminders.create(database, clock, () -> engine.corpus().menus());
        running.add(reminders);
        TelegramExtensions.Builder extensions = TelegramExtensions.builder().listener(new ConversationListener() {
            @Override
            public void onReply(long chatId, long userId, Reply reply) {
                questions.add(reply.question());
            }
        });
        new ReminderExtension(reminders, () -> engine.corpus().menus()).register(extensions);
        running.add(TelegramBot.start(api.config(), engine, extensions.build(), fastSettings()));
    }

    void stopBot() throws Exception {
        stopAll();
        running.clear();
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
        assertThat(reminder.get(0).text()).startsWith("<b>⏰ 提醒：「妈妈」的养老金资格认证</b>\n\n");
        assertThat(seen(reminder.get(0))).contains("「妈妈」的养老金资格认证", "这个月是最后一个月", "2026年12月31日",
                "认证一般每12个月一次", "各地规定可能不一样", "12333");
        List<String> buttons = callbackData(reminder.get(0).body());
        assertThat(buttons).contains("a:for-others").anyMatch(data -> data.startsWith("r:ok:"));

        FakeBotApi.Call howTo = exchange(Updates.button(USER, "a:for-others"));
        assertThat(seen(howTo)).contains("怎样帮家里老人做养老保险资格认证");

        String confirm = buttons.stream().filter(data -> data.startsWith("r:ok:")).findFirst().orElseThrow();
        FakeBotApi.Call which = exchange(Updates.button(USER, confirm));
        String thisMonth = callbackData(which.body()).stream().filter(data -> data.endsWith(":202612")).findFirst().orElseThrow();
        FakeBotApi.Call confirmed = exchange(Updates.button(USER, thisMonth));
        assertThat(seen(confirmed)).contains("已记下", "2026年12月", "2027年11月1日");
        assertValid(api);
        stopBot();

        startBot();   // the same day again: nothing is due, nothing is sent twice
        Thread.sleep(1_000);
        assertThat(api.messagesTo(USER)).isEmpty();
    }

    @Test
    void aMonthAndAPersonTypedInsteadOfTappedAnswerTheDialogAndAnythingElseIsAQuestionAgain() throws Exception {
        startBot();
        exchange(Updates.text(USER, "/remind"));

        FakeBotApi.Call whom = exchange(Updates.text(USER, "去年十二月"));
        assertThat(callbackData(whom.body())).contains("r:w:202512:m");
        FakeBotApi.Call saved = exchange(Updates.text(USER, "给我妈的"));
        assertThat(seen(saved)).contains("给「妈妈」的提醒设好了");
        FakeBotApi.Call question = exchange(Updates.text(USER, "3月"));   // nothing asked now: an ordinary message
        assertThat(seen(question)).doesNotContain("这个提醒是给谁的");

        exchange(Updates.text(USER, "/remind"));
        exchange(Updates.text(USER, "支付宝怎么认证"));   // a question ends the wait
        assertThat(seen(exchange(Updates.text(USER, "十一月")))).doesNotContain("这个提醒是给谁的");
        assertValid(api);
    }

    @Test
    void aRelativeTypedAtForWhomIsTakenAsTheirNameWithoutTappingSomeoneElseFirst() throws Exception {
        startBot();
        exchange(Updates.text(USER, "/remind"));
        exchange(Updates.text(USER, "3月"));

        FakeBotApi.Call saved = exchange(Updates.text(USER, "给我姐姐的"));

        assertThat(seen(saved)).contains("给「姐姐」的提醒设好了");
        assertThat(reminders.store().list(USER)).extracting(reminder -> reminder.recipient().label()).containsExactly("姐姐");
        assertValid(api);
    }

    @Test
    void iHaveCertifiedPressedEarlyInAMonthAsksWhichMonthAndLastMonthIsRecorded() throws Exception {
        startBot();
        exchange(Updates.text(USER, "/remind"));
        exchange(Updates.button(USER, "r:m:202512"));
        exchange(Updates.button(USER, "r:w:202512:s"));
        stopBot();

        clock.set("2026-12-02T10:30");   // the last-month reminder arrives; the person certified in late November
        startBot();
        List<String> buttons = callbackData(api.awaitMessages(USER, 1).get(0).body());
        String confirm = buttons.stream().filter(data -> data.startsWith("r:ok:")).findFirst().orElseThrow();

        FakeBotApi.Call which = exchange(Updates.button(USER, confirm));

        assertThat(seen(which)).contains("哪个月认证的");
        assertThat(buttonLabels(which.body())).containsExactly("这个月（12月）", "上个月（11月）");
        String lastMonth = callbackData(which.body()).get(1);
        FakeBotApi.Call confirmed = exchange(Updates.button(USER, lastMonth));
        assertThat(seen(confirmed)).contains("已记下", "2026年11月", "2027年11月30日");
        assertThat(reminders.store().list(USER)).extracting(Reminder::lastCertified).containsExactly(YearMonth.of(2026, 11));
        assertValid(api);
    }

    @Test
    void typingARequestForAReminderStartsTheDialogButQuestionsAboutNoticesStillGetTheirAnswer() throws Exception {
        startBot();
        for (String request : List.of("提醒我", "到期提醒我", "设置提醒", "怎么设置提醒", "请到期提醒我认证！")) {
            FakeBotApi.Call months = exchange(Updates.text(USER, request));
            assertThat(seen(months)).as(request).contains("上一次认证是哪个月");
            assertThat(callbackData(months.body())).as(request).contains("r:m:202611", "r:m:0");
        }
        FakeBotApi.Call notice = exchange(Updates.text(USER, "社保会提醒我做认证吗"));
        assertThat(seen(notice)).doesNotContain("上一次认证是哪个月").contains("短信");
        assertValid(api);
    }

    @Test
    void aToldLastMonthGetsItsDueDateWithTheReminderOfferedAndAnOverdueOneIsToldSo() throws Exception {
        startBot();
        FakeBotApi.Call due = exchange(Updates.text(USER, "我妈今年3月份认证的，下次什么时候认证"));
        assertThat(seen(due)).contains("2026年3月", "2027年3月31日", "还没到时候", "需要本人在手机前刷脸");
        assertThat(callbackData(due.body())).contains("r:m:202603");

        FakeBotApi.Call whom = exchange(Updates.button(USER, "r:m:202603"));
        assertThat(seen(whom)).contains("给谁");

        FakeBotApi.Call overdue = exchange(Updates.text(USER, "上次是去年3月弄的"));
        assertThat(seen(overdue)).contains("2026年3月31日", "已经过了", "静默认证", "补发");
        assertThat(callbackData(overdue.body())).noneMatch(data -> data.startsWith("r:"));

        FakeBotApi.Call howTo = exchange(Updates.text(USER, "那我现在就去弄 怎么弄"));
        String missed = engine.corpus().entry(engine.corpus().menus().missedEntry().orElseThrow()).orElseThrow().title();
        assertThat(seen(howTo)).as("past its date: read with the missed certification").contains(missed).doesNotContain("答不上来");

        FakeBotApi.Call failure = exchange(Updates.text(USER, "去年6月认证失败了怎么办"));
        assertThat(seen(failure)).as("more than a month told: the FAQ's").doesNotContain("已经过了");
        assertValid(api);
    }

    @Test
    void someoneWhoBlockedTheBotAndWritesAgainIsRemindedAgain() throws Exception {
        startBot();
        exchange(Updates.text(USER, "/remind"));
        exchange(Updates.button(USER, "r:m:202512"));
        exchange(Updates.button(USER, "r:w:202512:s"));
        stopBot();
        clock.set("2026-12-02T10:30");   // the reminder is due, and the user has blocked the bot
        startBot(fake -> fake.forbidNext("sendMessage", 1));
        assertThat(awaitPaused()).extracting(Reminder::active).containsExactly(false);

        exchange(Updates.text(USER, "支付宝怎么认证"));   // unblocked, and asks an ordinary question

        assertThat(reminders.store().list(USER)).extracting(Reminder::active).containsExactly(true);
        assertThat(reminders.store().due(clock.instant().plus(Duration.ofDays(800)), 10)).hasSize(1);
    }

    @Test
    void startAndHelpTellNewcomersAboutReminders() throws Exception {
        startBot();
        assertThat(seen(exchange(Updates.text(USER, "/start")))).contains("提醒我");
        assertThat(seen(exchange(Updates.text(USER, "/help")))).contains("提醒我");
    }

    @Test
    void theRemindMeButtonComesUnderAnswersAboutHowToCertifyOnlyAndStartsTheSetUp() throws Exception {
        startBot();
        String offer = ReminderConversation.offerUnder("alipay-self", engine.corpus().menus()).get(0).id();

        FakeBotApi.Call typed = exchange(Updates.text(USER, "支付宝认证"));
        FakeBotApi.Call alipay = exchange(Updates.button(USER, "a:alipay-self"));
        FakeBotApi.Call fraud = exchange(Updates.button(USER, "a:fraud-safety"));

        assertThat(callbackData(typed.body())).contains("s:alipay-self:1", offer).endsWith("f:+:alipay-self", "f:-:alipay-self");
        assertThat(callbackData(alipay.body())).contains(offer);
        assertThat(seen(fraud)).contains("骗子");
        assertThat(callbackData(fraud.body())).doesNotContain(offer).isNotEmpty();

        FakeBotApi.Call months = exchange(Updates.button(USER, offer));
        assertThat(seen(months)).contains("上一次认证是哪个月");
        assertValid(api);
    }

    @Test
    void aNameTypedAfterSomeoneElseBecomesTheReminderAndNeverReachesTheFaqOrItsLog() throws Exception {
        startBot();
        exchange(Updates.text(USER, "/remind"));
        FakeBotApi.Call whom = exchange(Updates.button(USER, "r:m:202603"));
        assertThat(callbackData(whom.body())).contains("r:w:202603:o");
        FakeBotApi.Call prompt = exchange(Updates.button(USER, "r:w:202603:o"));
        assertThat(seen(prompt)).contains("怎么称呼这位家人");

        FakeBotApi.Call saved = exchange(Updates.text(USER, "姨妈"));

        assertThat(seen(saved)).contains("给「姨妈」的提醒设好了");
        assertThat(reminders.store().list(USER)).extracting(r -> r.recipient().label()).containsExactly("姨妈");
        FakeBotApi.Call help = exchange(Updates.text(USER, "/help"));   // handled once the name is done with
        assertThat(seen(help)).doesNotContain("姨妈");
        assertThat(questions).isEmpty();

        // The wait is over: the same word now is an ordinary (if odd) question for the FAQ.
        FakeBotApi.Call question = exchange(Updates.text(USER, "姨妈"));
        assertThat(seen(question)).doesNotContain("提醒设好了");
        exchange(Updates.text(USER, "/help"));
        assertThat(questions).hasSize(1);
        assertValid(api);
    }

    @Test
    void aReminderRefusedWith403PausesTheChatAtOnceAndIsNotTriedAgain() throws Exception {
        startBot();
        exchange(Updates.text(USER, "/remind"));
        exchange(Updates.button(USER, "r:m:202512"));
        exchange(Updates.button(USER, "r:w:202512:m"));
        stopBot();

        clock.set("2026-12-02T10:30");   // the second reminder is due, and the user has blocked the bot
        startBot(fake -> fake.forbidNext("sendMessage", 1));

        api.await(fake -> !fake.calls("sendMessage").isEmpty(), Duration.ofSeconds(10), "the reminder to be tried");
        assertThat(awaitPaused()).extracting(Reminder::active).containsExactly(false);
        Thread.sleep(1_000);
        assertThat(api.calls("sendMessage")).extracting(FakeBotApi.Call::status).containsExactly(403);
        assertThat(reminders.store().due(clock.instant().plus(Duration.ofDays(800)), 10)).isEmpty();
    }

    /** The chat's reminders once the 403 has been reported (it is reported from a sending thread). */
    private List<Reminder> awaitPaused() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Reminder> list = reminders.store().list(USER);
        while (list.stream().anyMatch(Reminder::active) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            list = reminders.store().list(USER);
        }
        return list;
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

    private static List<String> buttonLabels(JsonNode body) {
        List<String> labels = new ArrayList<>();
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                labels.add(button.path("text").asText());
            }
        }
        return labels;
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
