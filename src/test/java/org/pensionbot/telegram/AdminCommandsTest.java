package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.admin.AdminConversation;
import org.pensionbot.admin.CorpusReloader;
import org.pensionbot.admin.LearningOffers;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.admin.VariantLearner;
import org.pensionbot.config.BotConfig;
import org.pensionbot.config.WebConfig;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.http.HttpHost;
import org.pensionbot.store.Storage;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;
import org.pensionbot.web.WebChat;

/** The admin commands through the real bot and the fake Bot API: who may use them and what they show. */
class AdminCommandsTest {

    private static final long ADMIN = 4242L;
    private static final long USER = 777L;
    /** A real user's wording the corpus asks back about, and the entry an admin would add it to. */
    private static final String MISSED = "每年都要弄的那个养老的东西咋整";
    private static final String TARGET = "how-to-certify";

    @TempDir
    Path temp;

    private Storage storage;
    private LiveIndex live;
    private DialogEngine engine;
    private BotHarness bot;

    @BeforeEach
    void start() throws Exception {
        Path corpus = RealCorpus.copy(RealCorpus.DIR, temp.resolve("corpus"));
        live = LiveIndex.load(corpus);
        storage = Storage.open("jdbc:sqlite:" + temp.resolve("bot.db"), 180, Optional.empty(), Clock.systemUTC());
        engine = new DialogEngine(live);
        CorpusReloader reloader = new CorpusReloader(live);
        FakeBotApi api = FakeBotApi.start();
        BotConfig config = new BotConfig(corpus, api.config().telegramToken(), api.url(), Set.of(ADMIN),
                BotConfig.DEFAULT_DATABASE_URL, BotConfig.DEFAULT_RETENTION_DAYS);
        TelegramExtensions.Builder extensions = TelegramExtensions.builder()
                .listener(new EventLogListener(storage.recorder()))
                .onStart(outbox -> reloader.addListener(new AdminNotifier(config.adminIds(), outbox)));
        new AdminCommands(config, new AdminConversation(engine, live, reloader, storage.reports(), new VariantLearner(corpus)))
                .register(extensions);
        api.close();
        bot = BotHarness.start(BotHarness.fastSettings(), extensions.build());
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        storage.close();
    }

    @Test
    void nonAdminsGetTheOrdinaryHelpAndNoHintOfAdminCommands() throws Exception {
        for (String command : new String[] {"/stats", "/unanswered", "/why 支付宝", "/reload", "/corpus"}) {
            String reply = bot.ask(USER, command).text();
            assertThat(reply).isEqualTo(bot.ask(USER, "/help").text());
            assertThat(reply).doesNotContain("stats", "reload", "corpus");
        }
        assertThat(bot.api.calls("setmycommands").toString()).doesNotContain("stats", "reload", "unanswered");
    }

    @Test
    void statsCountTheQuestionsPeopleAsked() throws Exception {
        bot.ask(USER, "支付宝怎么做社保认证");
        bot.ask(USER, "今天天气怎么样");

        String stats = bot.ask(ADMIN, "/stats").text();

        assertThat(stats).contains("问答统计").contains("alipay-self");
    }

    @Test
    void unansweredListsWhatTheBotCouldNotAnswerWithNumbersMasked() throws Exception {
        bot.ask(USER, "我的手机号13812345678能查养老金到账吗股票");

        String unanswered = bot.ask(ADMIN, "/unanswered 5").text();

        assertThat(unanswered).doesNotContain("13812345678").contains("13*******78");
    }

    @Test
    void unansweredOffersTheClosestEntriesOfEachQuestionAsButtons() throws Exception {
        bot.ask(USER, MISSED);

        List<FakeBotApi.Call> replies = bot.exchange(ADMIN, Updates.text(ADMIN, "/unanswered 1"), 2);

        FakeBotApi.Call offer = replies.get(1);
        assertThat(offer.text()).startsWith("1. " + MISSED).contains("点一个条目");
        List<String> expected = live.get().search(MISSED).entries().stream().limit(3)
                .map(candidate -> "learn:" + candidate.id() + ":" + LearningOffers.key(MISSED)).toList();
        assertThat(BotHarness.callbackData(offer.body())).isNotEmpty().containsExactlyElementsOf(expected);
    }

    @Test
    void tappingAnEntryLearnsTheQuestionReloadsAndUndoRestoresTheFileExactly() throws Exception {
        bot.ask(USER, MISSED);
        FakeBotApi.Call offer = bot.exchange(ADMIN, Updates.text(ADMIN, "/unanswered 1"), 2).get(1);
        String learn = BotHarness.callbackData(offer.body()).stream().filter(d -> d.startsWith("learn:" + TARGET + ":"))
                .findFirst().orElseThrow(() -> new AssertionError(TARGET + " is among the offered entries"));
        Path file = live.directory().resolve("entries/" + TARGET + ".md");
        byte[] before = Files.readAllBytes(file);
        assertThat(answered(MISSED)).as("before").isNotEqualTo(TARGET);

        FakeBotApi.Call learned = bot.exchange(ADMIN, Updates.button(ADMIN, learn), 1).get(0);

        assertThat(learned.text()).startsWith("✅ 已把“" + MISSED + "”加为 " + TARGET + " 的问法").contains(".md:", "已重新加载");
        assertThat(Files.readString(file)).contains("  - " + MISSED + "\n");
        assertThat(answered(MISSED)).as("answered from the reloaded corpus").isEqualTo(TARGET);
        String undo = BotHarness.callbackData(learned.body()).get(0);
        assertThat(undo).startsWith("unlearn:" + TARGET + ":");

        FakeBotApi.Call undone = bot.exchange(ADMIN, Updates.button(ADMIN, undo), 1).get(0);

        assertThat(undone.text()).startsWith("↩️ 已撤销");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(answered(MISSED)).as("after undo").isNotEqualTo(TARGET);
    }

    @Test
    void aQuestionAskedOnTheWebPageIsListedUnderUnansweredMarkedAsWeb() throws Exception {
        WebChat web = new WebChat(engine, new Conversations(engine), Optional.of(storage.recorder()),
                new WebConfig("127.0.0.1", 0, false, 100));
        try (HttpHost host = HttpHost.start("127.0.0.1", 0, List.of(web))) {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + host.port() + "/api/message"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + MISSED + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
        }
        web.close(); // the page records after replying; closing writes what is queued

        String unanswered = bot.ask(ADMIN, "/unanswered").text();

        assertThat(unanswered).contains("1. " + MISSED + "（网页 · 1 次");
    }

    @Test
    void onlyAdminsCanLearn() throws Exception {
        bot.ask(USER, MISSED);
        Path file = live.directory().resolve("entries/" + TARGET + ".md");
        byte[] before = Files.readAllBytes(file);

        String reply = bot.exchange(USER, Updates.button(USER, "learn:" + TARGET + ":" + LearningOffers.key(MISSED)), 1).get(0).text();

        assertThat(reply).isEqualTo(bot.ask(USER, "/help").text());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void whyShowsTheRuleAndEachCandidatesEvidence() throws Exception {
        String why = bot.ask(ADMIN, "/why 帮我妈在支付宝上认证").text();

        assertThat(why).contains("归一化：帮老人").contains("决定：").contains("规则：")
                .containsPattern("0\\.\\d{3}  for-others")
                .containsPattern("词 0\\.\\d\\d · 向量余弦 0\\.\\d\\d").contains("共同词：")
                .doesNotContain("语料里没有的词");
    }

    /** A choice or a fallback says which levels the best entry missed, and each candidate is named by its title too. */
    @Test
    void whySaysWhatAnAnswerWouldHaveNeeded() throws Exception {
        String choice = bot.ask(ADMIN, "/why 认证和年审是一回事吗").text();
        String fallback = bot.ask(ADMIN, "/why 社保那个东西我孙子说要弄一下，啥意思").text();

        assertThat(choice).contains("规则：unsure").containsPattern("没有直接回答：最像的 0\\.\\d{3}，比第二名领先 0\\.\\d{3}。")
                .contains("≥0.70 且领先 ≥0.06；≥0.52 且领先 ≥0.12；≥0.45 且领先 ≥0.20；≥0.35 且分类器概率 ≥0.50，或 ≥0.25 且分类器概率 ≥0.75（现在 ")
                .containsPattern("0\\.\\d{3}  annual-review（养老认证多久做一次？每年什么时候要做？）");
        assertThat(fallback).contains("规则：no_match").containsPattern("没有给选择：最像的 0\\.\\d{3}，不到给选择的 0.35");
    }

    /** An answer that is not the closest entry says why: the classifier all but ruled out the closest and found it likely. */
    @Test
    void whySaysWhenTheAnswerIsNotTheClosestEntry() throws Exception {
        String why = bot.ask(ADMIN, "/why 退休人员养老金资格认证怎么在手机上操作？").text();

        assertThat(why).contains("决定：answer how-to-certify")
                .containsPattern("回答的不是最像的那条：最像的 for-others 没到直接回答的程度，分类器几乎排除了它（0\\.0\\d{2}），"
                        + "却认为这条很可能（0\\.\\d{3}），而这条只比它低 0\\.0\\d{2}。");
    }

    @Test
    void whyShowsAScamReadByItsMeaning() throws Exception {
        // Told in words the safety rule does not list: the reading by meaning decides, and says how sure it is.
        String why = bot.ask(ADMIN, "/why 刚才有个男的来电说我的养老认证被人冒领了，叫我配合调查别告诉家里人").text();

        assertThat(why).contains("决定：answer fraud-safety").contains("规则：safety（像是正在被骗，直接给防骗的紧急步骤）")
                .containsPattern("像正在被骗的可能（按意思读）：0\\.9\\d");
    }

    @Test
    void whyNamesTheWordsNoPhrasingUses() throws Exception {
        // Such words find nothing by word overlap: what an admin may want to add as a synonym or phrasing.
        String why = bot.ask(ADMIN, "/why 什么是社保权益单").text();

        assertThat(why).contains("语料里没有的词：权益");
    }

    @Test
    void reloadReportsABrokenEditWithFileAndLineAndKeepsServing() throws Exception {
        Path entry = live.directory().resolve("entries/alipay-self.md");
        String good = Files.readString(entry, StandardCharsets.UTF_8);
        Files.writeString(entry, good.replaceFirst("title: ", "title: \"unclosed "), StandardCharsets.UTF_8);

        // Two messages: the command's reply and the rejected-edit notice every admin gets.
        List<FakeBotApi.Call> replies = bot.exchange(ADMIN, Updates.text(ADMIN, "/reload"), 2);

        assertThat(replies).allSatisfy(reply -> assertThat(reply.text()).contains("❌").contains("alipay-self.md:3"));
        assertThat(live.get().corpus().entry("alipay-self")).isPresent();
        Files.writeString(entry, good, StandardCharsets.UTF_8);
        assertThat(bot.ask(ADMIN, "/reload").text()).contains("✅");
    }

    @Test
    void aRejectedEditIsSentToAdminsUnasked() throws Exception {
        Path entry = live.directory().resolve("entries/for-others.md");
        Files.writeString(entry, "no front matter here\n", StandardCharsets.UTF_8);

        List<FakeBotApi.Call> replies = bot.exchange(ADMIN, Updates.text(ADMIN, "/reload"), 2);

        // The command's own reply, and the notifier's message that every admin gets.
        assertThat(replies).hasSize(2).allSatisfy(message -> assertThat(message.text()).contains("for-others.md:1"));
    }

    private String answered(String question) {
        return engine.reply(question) instanceof Reply.Answer answer ? answer.entry().id() : "(not answered)";
    }

    @Test
    void corpusShowsEntryCountAndLastLoad() throws Exception {
        String corpus = bot.ask(ADMIN, "/corpus").text();

        assertThat(corpus).contains(live.get().corpus().size() + " 个条目").contains("成功");
    }
}
