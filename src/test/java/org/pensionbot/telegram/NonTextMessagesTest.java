package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.telegram.fake.Updates;

/** Voice notes, photos, stickers, contacts, edits and channel posts: what elderly users really send. */
class NonTextMessagesTest {

    private static final long USER = 1958;

    private final List<Reply> reported = new CopyOnWriteArrayList<>();
    private BotHarness bot;

    @BeforeEach
    void start() throws Exception {
        bot = BotHarness.start(BotHarness.fastSettings(), TelegramExtensions.builder()
                .listener(new ConversationListener() {
                    @Override
                    public void onReply(long chatId, long userId, Reply reply) {
                        reported.add(reply);
                    }
                })
                .build());
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    @Test
    void mediaGetsAKindExplanationAndTheTopicButtons() throws Exception {
        List<ObjectNode> media = List.of(Updates.voice(USER), Updates.photo(USER, null), Updates.sticker(USER),
                Updates.video(USER), Updates.document(USER), Updates.location(USER));

        for (ObjectNode update : media) {
            JsonNode reply = bot.exchange(USER, update, 1).get(0).body();

            assertThat(reply.path("text").asText()).as(update.toString()).isEqualTo(Html.escape(TelegramPhrases.NOT_TEXT));
            assertThat(BotHarness.replyKeyboardLabels(reply)).hasSize(6).contains("认证失败");
        }
        assertThat(reported).isEmpty();
    }

    @Test
    void sharedContactGetsAPrivacyWarningAndIsNotKept() throws Exception {
        JsonNode reply = bot.exchange(USER, Updates.contact(USER), 1).get(0).body();

        assertThat(reply.path("text").asText()).startsWith(Html.escape(Phrases.PERSONAL_DATA_WARNING));
        assertThat(reply.toString()).doesNotContain("13812345678");
        assertThat(reported).isEmpty();
    }

    @Test
    void photoWithACaptionIsAnsweredByItsCaption() throws Exception {
        String title = TestEngine.corpus().entry("failure-help").orElseThrow().title();

        String reply = bot.exchange(USER, Updates.photo(USER, "认证失败"), 1).get(0).text();

        assertThat(reply).startsWith("<b>" + Html.escape(title) + "</b>");
    }

    @Test
    void editsChannelPostsServiceMessagesAndBotsAreNotAnswered() throws Exception {
        bot.ask(USER, "支付宝认证");

        bot.api.push(Updates.edited(USER, "支付宝认证怎么弄"));
        bot.api.push(Updates.channelPost(-1001234, "社保认证通知"));
        bot.api.push(Updates.memberJoined(-1005555, USER));
        bot.api.push(Updates.fromBot(-1005555, "@" + "pension_helper_bot 你好"));

        bot.assertSilentFor(USER, 1);
        bot.assertSilentFor(-1001234, 0);
        bot.assertSilentFor(-1005555, 0);
        // Ignored, but still confirmed: Telegram will not send them again and again.
        bot.api.await(api -> api.unconfirmed() == 0, java.time.Duration.ofSeconds(5), "ignored updates to be confirmed");
    }

    @Test
    void pollingAsksTelegramOnlyForMessagesAndButtonPresses() throws Exception {
        bot.ask(USER, "/start");

        JsonNode request = bot.api.calls("getUpdates").get(0).body();

        assertThat(request.path("allowed_updates").toString()).isEqualTo("[\"message\",\"callback_query\"]");
        assertThat(request.path("timeout").asInt()).isEqualTo(50);
    }
}
