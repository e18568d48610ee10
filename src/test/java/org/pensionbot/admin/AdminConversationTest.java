package org.pensionbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.dialog.Reply;
import org.pensionbot.store.EventRecorder;
import org.pensionbot.store.Storage;

/** The admin commands without any channel: plain text and choices, on the real corpus and a real database. */
class AdminConversationTest {

    /** A real user's wording the corpus has no confident answer for. */
    private static final String MISSED = "每年都要弄的那个养老的东西咋整";

    @TempDir
    Path temp;

    private Storage storage;
    private DialogEngine engine;
    private AdminConversation admin;
    private LiveIndex live;

    @BeforeEach
    void start() throws Exception {
        Path corpus = RealCorpus.copy(RealCorpus.DIR, temp.resolve("corpus"));
        live = LiveIndex.load(corpus);
        engine = new DialogEngine(live);
        storage = Storage.open("jdbc:sqlite:" + temp.resolve("bot.db"), 180, Optional.empty(), Clock.systemUTC());
        admin = new AdminConversation(engine, live, new CorpusReloader(live), storage.reports(), new VariantLearner(corpus));
    }

    @AfterEach
    void stop() {
        storage.close();
    }

    @Test
    void aQuestionFromTheWebIsMarkedAsWebInTheListAndInItsLearnOffer() {
        storage.recorder().record(EventRecorder.WEB, "session-1", engine.reply(MISSED));

        List<AdminMessage> messages = admin.onCommand("…42", "unanswered", "1");

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).text()).contains("1. " + MISSED + "（网页 · 1 次");
        assertThat(messages.get(1).text()).startsWith("1. " + MISSED + "（网页 · 1 次）");
        assertThat(messages.get(1).choices()).isNotEmpty().allSatisfy(row -> assertThat(row)
                .extracting(Choice::id).allSatisfy(id -> assertThat(id).startsWith(AdminConversation.LEARN + ":")));
    }

    @Test
    void aQuestionAskedOnTwoChannelsNamesBoth() {
        storage.recorder().record(1L, engine.reply(MISSED));
        storage.recorder().record(EventRecorder.WEB, "session-1", engine.reply(MISSED));

        String list = admin.onCommand("…42", "unanswered", "").get(0).text();

        assertThat(list).contains("1. " + MISSED + "（Telegram、网页 · 2 次");
    }

    @Test
    void statsCountEachChannelApart() {
        storage.recorder().record(1L, engine.reply("支付宝怎么做社保认证"));
        storage.recorder().record(EventRecorder.WEB, "session-1", engine.reply("支付宝怎么做社保认证"));
        storage.recorder().record(EventRecorder.WEB, "session-2",
                new Reply.Fallback("养老金多少钱", false, Reply.FallbackReason.NO_MATCH, null, List.of(), List.of()));

        String stats = admin.onCommand("…42", "stats", "").get(0).text();

        assertThat(stats).contains("按渠道（近 7 天）：\n  网页：2 个问题，2 位用户 · 回答 1 · 追问 0 · 未答 1\n"
                + "  Telegram：1 个问题，1 位用户 · 回答 1 · 追问 0 · 未答 0\n");
    }

    @Test
    void aLearnChoiceForAQuestionNoLongerListedChangesNothingAndSaysSo() throws Exception {
        Path file = live.directory().resolve("entries/how-to-certify.md");
        byte[] before = Files.readAllBytes(file);

        AdminMessage reply = admin.onChoice("…42", "learn:how-to-certify:" + LearningOffers.key(MISSED));

        assertThat(reply.text()).isEqualTo(AdminConversation.LEARN_EXPIRED);
        assertThat(reply.choices()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
