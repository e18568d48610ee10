package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.Menus;
import org.pensionbot.dialog.Action;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.TelegramHtml;
import org.pensionbot.telegram.fake.Updates;

/** Whole private conversations through the real telegrambots client and the real engine. */
class ConversationTest {

    private static final long USER = 4711;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final ConversationListener recorder = new ConversationListener() {
        @Override
        public void onReply(long chatId, long userId, Reply reply) {
            events.add("reply " + chatId + " " + userId + " " + reply.action().wireName() + " " + reply.question());
        }

        @Override
        public void onFeedback(long chatId, long userId, String entryId, boolean helpful) {
            events.add("feedback " + chatId + " " + userId + " " + entryId + " " + helpful);
        }
    };
    private BotHarness bot;

    @AfterEach
    void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
    }

    private void start() throws Exception {
        bot = BotHarness.start(BotHarness.fastSettings(), TelegramExtensions.builder().listener(recorder).build());
    }

    @Test
    void startGreetsWarmlyAndShowsBigTopicButtons() throws Exception {
        start();

        JsonNode greeting = bot.ask(USER, "/start").body();

        assertThat(greeting.path("text").asText()).startsWith("您好！").contains("直接打字问我就行");
        assertThat(BotHarness.replyKeyboardLabels(greeting))
                .containsExactly("支付宝认证", "帮老人认证", "认证失败", "没认证停发了", "多久认证一次", "防骗提醒");
        assertThat(greeting.path("reply_markup").path("resize_keyboard").asBoolean()).isTrue();
        assertThat(greeting.path("reply_markup").path("is_persistent").asBoolean()).isTrue();
    }

    @Test
    void commandsAreRegisteredForTheMenu() throws Exception {
        start();

        List<FakeBotApi.Call> registered = bot.api.calls("setMyCommands");

        assertThat(registered).hasSize(1);
        assertThat(registered.get(0).body().path("commands").findValuesAsText("command")).containsExactly("start", "help");
    }

    @Test
    void helpExplainsHowToAskWithExamplesAndUnknownCommandsGetIt() throws Exception {
        start();

        String help = bot.ask(USER, "/help").text();
        String unknown = bot.ask(USER, "/weather").text();

        assertThat(help).contains("怎么问我", "比如", "支付宝怎么做社保认证", "12333");
        assertThat(unknown).isEqualTo(help);
    }

    @Test
    void questionGetsTitleAndStepsWithButtonsForTipsAndStepByStep() throws Exception {
        start();
        FaqEntry alipay = TestEngine.corpus().entry("alipay-self").orElseThrow();

        JsonNode answer = bot.ask(USER, "手机支付宝上咋弄养老认证").body();

        String html = answer.path("text").asText();
        assertThat(html).startsWith("<b>" + Html.escape(alipay.title()) + "</b>");
        assertThat(TelegramHtml.visibleText(html)).contains("1. " + Dialable.numbers(alipay.steps().get(0)))
                .doesNotContain(Dialable.numbers(alipay.tips().get(0)));
        assertThat(BotHarness.callbackData(answer)).startsWith("t:alipay-self", "s:alipay-self:1")
                .endsWith("f:+:alipay-self", "f:-:alipay-self");
        assertThat(BotHarness.inlineLabels(answer)).startsWith("更多提示", "一步一步来");
        awaitEvents(1);
        assertThat(events).containsExactly("reply 4711 4711 answer 手机支付宝上咋弄养老认证");
    }

    /** "还有别的办法没" after an answer: the other ways said in the text in full, a button for each. */
    @Test
    void theOtherWaysAreSaidInTheTextWithAButtonForEach() throws Exception {
        start();
        FaqEntry offline = TestEngine.corpus().entry("offline-certification").orElseThrow();
        bot.ask(USER, "刷脸老是不过");

        JsonNode ways = bot.ask(USER, "还有别的办法没").body();

        assertThat(TelegramHtml.visibleText(ways.path("text").asText())).startsWith(Phrases.OTHER_WAYS_PROMPT)
                .contains("• " + Dialable.numbers(offline.way()), TelegramPhrases.OTHER_WAYS_HINT);
        assertThat(BotHarness.callbackData(ways)).startsWith("a:offline-certification");
        assertThat(BotHarness.inlineLabels(ways).get(0)).startsWith("不用手机：");
    }

    @Test
    void eachTopicButtonAnswersExactlyTheEntryMenusYmlNames() throws Exception {
        start();

        for (Menus.MenuItem topic : TestEngine.corpus().menus().startMenu()) {
            String title = TestEngine.corpus().entry(topic.entry()).orElseThrow().title();
            assertThat(bot.ask(USER, topic.label()).text()).as(topic.label()).startsWith("<b>" + Html.escape(title) + "</b>");
        }
    }

    @Test
    void buttonPressIsAcknowledgedAndAnsweredAsIfAsked() throws Exception {
        start();
        FaqEntry forOthers = TestEngine.corpus().entry("for-others").orElseThrow();

        List<FakeBotApi.Call> replies = bot.exchange(USER, Updates.button(USER, "a:for-others"), 1);

        assertThat(replies.get(0).text()).startsWith("<b>" + Html.escape(forOthers.title()) + "</b>");
        bot.api.await(api -> api.calls("answerCallbackQuery").size() >= 1, Duration.ofSeconds(5), "the press acknowledged");
        assertThat(bot.api.calls("answerCallbackQuery")).hasSize(1);
        awaitEvents(1);
        assertThat(events).singleElement().asString().startsWith("reply 4711 4711 answer ");
    }

    @Test
    void feedbackIsRecordedAndThanked() throws Exception {
        start();

        String thanks = bot.exchange(USER, Updates.button(USER, "f:+:alipay-self"), 1).get(0).text();
        String sorry = bot.exchange(USER, Updates.button(USER, "f:-:alipay-self"), 1).get(0).text();

        assertThat(thanks).isEqualTo(Html.escape(TelegramPhrases.FEEDBACK_THANKS));
        assertThat(sorry).contains("12333");
        assertThat(events).containsExactly("feedback 4711 4711 alipay-self true", "feedback 4711 4711 alipay-self false");
        bot.api.await(api -> api.calls("answerCallbackQuery").size() >= 2, Duration.ofSeconds(5), "both presses acknowledged");
        assertThat(bot.api.calls("answerCallbackQuery")).hasSize(2);
    }

    @Test
    void personalNumbersGetAWarningAndNeverReachTheListener() throws Exception {
        start();

        String reply = bot.ask(USER, "我妈身份证110101195003071234，手机13812345678，怎么认证").text();

        assertThat(reply).startsWith(Html.escape(Phrases.PERSONAL_DATA_WARNING));
        awaitEvents(1);
        assertThat(events).singleElement().asString()
                .doesNotContain("110101195003071234", "13812345678").contains("11**************34");
    }

    @Test
    void fallbackOffersPopularTopicsAndTheHotline() throws Exception {
        start();

        JsonNode reply = bot.ask(USER, "明天会下雨吗").body();

        awaitEvents(1);
        assertThat(events).singleElement().asString().contains(" " + Action.FALLBACK.wireName() + " ");
        assertThat(TelegramHtml.visibleText(reply.path("text").asText())).contains("12333");
        assertThat(BotHarness.callbackData(reply)).hasSizeBetween(3, 5).allMatch(data -> data.startsWith("a:"));
    }

    @Test
    void aMessageThatComesNearNothingMidChatSaysSoAndOffersTheChoiceAgain() throws Exception {
        start();
        JsonNode choice = bot.ask(USER, "刚领养老金要认证不").body();

        JsonNode reply = bot.ask(USER, "这个呢").body();

        assertThat(TelegramHtml.visibleText(reply.path("text").asText())).contains("没太明白").doesNotContain("答不上来");
        assertThat(BotHarness.callbackData(reply)).startsWith(BotHarness.callbackData(choice).toArray(String[]::new));
    }

    @Test
    void aDetailSentAfterAChoiceIsReadWithTheQuestionBeforeIt() throws Exception {
        start();
        bot.ask(USER, "社保的认证");

        JsonNode reply = bot.ask(USER, "就在支付宝上 自己给自己弄 找不着从哪点进去").body();

        assertThat(TelegramHtml.visibleText(reply.path("text").asText())).contains("市民中心").doesNotContain("没太明白");
    }

    @Test
    void staleOrForgedButtonsGetAFriendlyWayOut() throws Exception {
        start();

        JsonNode gone = bot.exchange(USER, Updates.button(USER, "a:entry-that-was-deleted"), 1).get(0).body();
        JsonNode forged = bot.exchange(USER, Updates.button(USER, "💥"), 1).get(0).body();

        for (JsonNode reply : List.of(gone, forged)) {
            assertThat(reply.path("text").asText()).isEqualTo(Html.escape(TelegramPhrases.EXPIRED_BUTTON));
            assertThat(BotHarness.replyKeyboardLabels(reply)).contains("支付宝认证");
        }
        // Acknowledgements skip the chat's lane, so the second may land just after the reply it belongs to.
        bot.api.await(api -> api.calls("answerCallbackQuery").size() >= 2, Duration.ofSeconds(5), "both presses acknowledged");
        assertThat(bot.api.calls("answerCallbackQuery")).hasSize(2);
    }

    @Test
    void extensionsGetTheirCommandsAndButtons() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        bot = BotHarness.start(BotHarness.fastSettings(), TelegramExtensions.builder()
                .command("stats", null, (request, outbox) -> {
                    seen.add(request.command() + " " + request.arguments() + " " + request.userId());
                    outbox.sendText(request.chatId(), "3 questions <today>");
                })
                .button("r", (press, outbox) -> {
                    seen.add(press.data().prefix() + " " + press.data().args());
                    outbox.sendText(press.chatId(), "提醒已设置");
                })
                .build());

        assertThat(bot.ask(USER, "/stats 7").text()).isEqualTo("3 questions &lt;today&gt;");
        assertThat(bot.exchange(USER, Updates.button(USER, "r:on:30"), 1).get(0).text()).isEqualTo("提醒已设置");
        assertThat(seen).containsExactly("stats 7 4711", "r [on, 30]");
        assertThat(bot.api.calls("setMyCommands").get(0).body().path("commands").findValuesAsText("command"))
                .doesNotContain("stats");
    }

    /**
     * Waits until the listener has heard {@code count} events: an answer is recorded after it is
     * sent, so the fake API can see the reply a moment before the listener hears of it.
     */
    private void awaitEvents(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (events.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
