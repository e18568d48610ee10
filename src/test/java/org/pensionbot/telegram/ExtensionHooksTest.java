package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.pensionbot.dialog.Choice;
import org.pensionbot.ProvokedFailure;
import org.pensionbot.dialog.Reply;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The hooks extensions get from {@link TelegramExtensions} beyond commands and buttons: typed text
 * they wait for, rows under answers, chats that blocked the bot, and stopping before the queue.
 */
class ExtensionHooksTest {

    private static final long USER = 5150;
    private static final long GROUP = -100_5150L;
    private static final String NAME = "姨妈";

    /** Answers only the one name it waits for, as a conversation that asked for a name would. */
    private static final TextHook NAME_HOOK = (chatId, text) ->
            text.equals(NAME) ? Optional.of(OutgoingMessage.of("记下了：" + Html.escape(text))) : Optional.empty();

    private final List<String> listened = new CopyOnWriteArrayList<>();
    private final ConversationListener listener = new ConversationListener() {
        @Override
        public void onReply(long chatId, long userId, Reply reply) {
            listened.add(reply.question());
        }
    };

    @Test
    void textAHookAnswersGoesNeitherToTheFaqNorToTheListener() throws Exception {
        TelegramExtensions extensions = TelegramExtensions.builder().textHook(NAME_HOOK).listener(listener).build();
        try (BotHarness bot = BotHarness.start(BotHarness.fastSettings(), extensions)) {
            FakeBotApi.Call answered = bot.ask(USER, "支付宝认证");
            FakeBotApi.Call taken = bot.ask(USER, NAME);
            bot.ask(USER, "/help");   // handled after the name is completely done with

            assertThat(answered.text()).contains("支付宝");
            assertThat(taken.text()).isEqualTo("记下了：" + NAME);
            assertThat(listened).hasSize(1).noneMatch(question -> question.contains(NAME));
        }
    }

    @Test
    void groupMessagesAndCaptionsAreNeverOfferedToTextHooks() throws Exception {
        List<String> offered = new CopyOnWriteArrayList<>();
        TextHook recorder = (chatId, text) -> {
            offered.add(text);
            return Optional.empty();
        };
        TelegramExtensions extensions = TelegramExtensions.builder().textHook(recorder).build();
        try (BotHarness bot = BotHarness.start(BotHarness.fastSettings(), extensions)) {
            bot.exchange(GROUP, Updates.groupText(GROUP, USER, "@" + FakeBotApi.BOT_USERNAME + " 支付宝认证"), 1);
            bot.exchange(USER, Updates.photo(USER, "认证失败"), 1);
            bot.ask(USER, "/help");

            assertThat(offered).containsExactly("/help");
        }
    }

    @Test
    void aFailingTextHookLetsTheMessageThroughAndTheNextHookStillGetsIt() throws Exception {
        TextHook broken = (chatId, text) -> {
            throw new ProvokedFailure("bug in an extension");
        };
        TelegramExtensions extensions = TelegramExtensions.builder().textHook(broken).textHook(NAME_HOOK).build();
        try (BotHarness bot = BotHarness.start(BotHarness.fastSettings(), extensions)) {
            assertThat(bot.ask(USER, "支付宝认证").text()).contains("支付宝");
            assertThat(bot.ask(USER, NAME).text()).isEqualTo("记下了：" + NAME);
        }
    }

    @Test
    void answerButtonsAddOneRowPerHookAboveTheFeedbackOnlyWhereTheHookWantsIt() {
        AnswerButtons remindMe = entryId -> entryId.equals("alipay-self")
                ? List.of(new Choice("提醒我", "r:n", Choice.Kind.FEATURE))
                : List.of();
        ReplyRenderer renderer = new ReplyRenderer(() -> TestEngine.get().popularTopics(), List.of(remindMe));

        List<List<String>> alipay = rows(renderer.render(TestEngine.get().answerFor("alipay-self").orElseThrow()));
        List<List<String>> fraud = rows(renderer.render(TestEngine.get().answerFor("fraud-safety").orElseThrow()));

        assertThat(alipay.get(alipay.size() - 2)).containsExactly("r:n");
        assertThat(alipay.get(alipay.size() - 1)).containsExactly("f:+:alipay-self", "f:-:alipay-self");
        assertThat(fraud).noneMatch(row -> row.contains("r:n"));
    }

    @Test
    void answerButtonsTelegramWouldRejectAreLeftOutAndAFailingHookCostsOnlyItsRow() {
        Choice tooLong = new Choice("太长", "r:" + "x".repeat(63), Choice.Kind.FEATURE);
        Choice noLabel = new Choice(" ", "r:n", Choice.Kind.FEATURE);
        Choice fine = new Choice("好", "r:n", Choice.Kind.FEATURE);
        AnswerButtons broken = entryId -> {
            throw new ProvokedFailure("bug in an extension");
        };
        ReplyRenderer renderer = new ReplyRenderer(() -> TestEngine.get().popularTopics(),
                List.of(broken, entryId -> List.of(tooLong, noLabel, fine)));

        List<List<String>> rows = rows(renderer.render(TestEngine.get().answerFor("alipay-self").orElseThrow()));

        assertThat(rows.get(rows.size() - 2)).containsExactly("r:n");
        assertThat(rows.stream().filter(row -> row.contains("r:n"))).hasSize(1);
    }

    @Test
    void a403IsReportedOnceWithTheChatAndNotRetriedAndAFailingCallbackHarmsNothing() throws Exception {
        List<Long> blocked = new CopyOnWriteArrayList<>();
        try (FakeBotApi api = FakeBotApi.start()) {
            OkHttpClient http = HttpClients.create("test-http", Duration.ofSeconds(5));
            OutboundQueue queue = new OutboundQueue(
                    new OkHttpTelegramClient(http, FakeBotApi.TOKEN, new TelegramUrl("http", "127.0.0.1", api.url().getPort(), false)),
                    new SendLimits(Duration.ZERO, 20, Duration.ofMinutes(1), 30), RetryPolicy.DEFAULT, 2,
                    chatId -> {
                        blocked.add(chatId);
                        throw new ProvokedFailure("database down");
                    });
            try {
                api.forbidNext("sendMessage", 1);

                queue.sendText(USER, "一");
                queue.sendText(USER, "二");

                assertThat(api.awaitMessages(USER, 1)).extracting(FakeBotApi.Call::text).containsExactly("二");
                assertThat(api.calls("sendMessage")).extracting(FakeBotApi.Call::status).containsExactly(403, 200);
                assertThat(blocked).containsExactly(USER);
            } finally {
                queue.close(Duration.ofSeconds(1));
                HttpClients.shutdown(http);
            }
        }
    }

    @Test
    void botPassesA403ToEveryBlockedChatHook() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        TelegramExtensions extensions = TelegramExtensions.builder()
                .onChatBlocked(chatId -> seen.add("first " + chatId))
                .onChatBlocked(chatId -> seen.add("second " + chatId))
                .build();
        try (BotHarness bot = BotHarness.start(BotHarness.fastSettings(), extensions)) {
            bot.api.forbidNext("sendMessage", 1);
            bot.api.push(Updates.text(USER, "支付宝认证"));

            bot.api.await(api -> seen.size() == 2, Duration.ofSeconds(5), "both hooks told of the 403");
            assertThat(seen).containsExactly("first " + USER, "second " + USER);
        }
    }

    @Test
    void stopHooksRunLastFirstInsideCloseWhileTheQueueStillSendsAndClosedHooksOnceItHasStopped() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        TelegramBot[] started = new TelegramBot[1];
        TelegramExtensions extensions = TelegramExtensions.builder()
                .onClosed(() -> {
                    order.add("closed");
                    started[0].outbox().sendText(USER, "太晚了");
                })
                .onStop(() -> order.add("stop, registered first"))
                .onStop(() -> {
                    order.add("stop, registered second");
                    started[0].outbox().sendText(USER, "再见");
                })
                .build();
        BotHarness bot = BotHarness.start(BotHarness.fastSettings(), extensions);
        started[0] = bot.bot();

        bot.close();

        assertThat(order).containsExactly("stop, registered second", "stop, registered first", "closed");
        assertThat(bot.api.messagesTo(USER)).extracting(FakeBotApi.Call::text).containsExactly("再见");
    }

    @Test
    void logsShowOnlyTheLastThreeDigitsOfAnId() {
        assertThat(LogIds.chat(123_456_789L)).isEqualTo("…789");
        assertThat(LogIds.chat(-1_001_234_567_890L)).isEqualTo("-…890");
        assertThat(LogIds.chat(42)).isEqualTo("…42");
        assertThat(LogIds.user(Long.MIN_VALUE)).isEqualTo("-…808");
    }

    private static List<List<String>> rows(OutgoingMessage message) {
        List<List<String>> rows = new ArrayList<>();
        ((InlineKeyboardMarkup) message.keyboard()).getKeyboard()
                .forEach(row -> rows.add(row.stream().map(InlineKeyboardButton::getCallbackData).toList()));
        return rows;
    }
}
