package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.http.HttpHost;
import org.pensionbot.store.Database;
import org.pensionbot.store.UpdateClaims;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.TelegramHtml;
import org.pensionbot.telegram.fake.Updates;
import org.pensionbot.telegram.fake.WebhookDelivery;
import org.slf4j.LoggerFactory;

/**
 * Webhook mode against the fake Bot API: the bot registers its URL and secret with
 * {@code setWebhook}, answers updates Telegram posts to it, refuses calls without the secret, and
 * answers an update delivered twice once.
 */
class WebhookTest {

    private static final URI PUBLIC_URL = URI.create("https://bot.example.org/telegram/webhook");
    private static final long USER = 6_660_001L;

    @TempDir
    Path dir;

    private FakeBotApi api;
    private Database database;
    private HttpHost host;
    private TelegramBot bot;
    private WebhookDelivery telegram;
    private Webhook webhook;

    @BeforeEach
    void start() throws Exception {
        api = FakeBotApi.start();
        database = Database.open("jdbc:sqlite:" + dir.resolve("bot.db"));
        webhook = new Webhook(PUBLIC_URL, WebhookSecret.of(null, FakeBotApi.TOKEN),
                new UpdateClaims(database, Clock.systemUTC(), "test-instance"));
        host = HttpHost.start("127.0.0.1", 0, List.of(webhook));
        bot = TelegramBot.start(api.config(), TestEngine.get(),
                TelegramExtensions.builder().webhook(webhook).build(), TelegramSettings.DEFAULTS);
        telegram = new WebhookDelivery(api, List.of(localUrl()));
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (host != null) {
            host.close();
        }
        database.close();
        api.close();
    }

    @Test
    void theBotRegistersItsPublicUrlWithASecretAndDoesNotPoll() {
        assertThat(api.webhookUrl()).isEqualTo(PUBLIC_URL.toString());
        assertThat(api.webhookSecret()).isNotBlank().doesNotContain(FakeBotApi.TOKEN);
        assertThat(api.calls("getupdates")).isEmpty();
    }

    @Test
    void theWebhookIsBoundWhileTheBotRunsAndRefusesUpdatesAfterItStopped() throws Exception {
        assertThat(webhook.bound()).isTrue();

        bot.close();

        assertThat(webhook.bound()).isFalse();
        assertThat(telegram.post(localUrl(), numbered(Updates.text(USER, "你好")).toString(), api.webhookSecret())).isEqualTo(503);
    }

    @Test
    void aQuestionPostedToTheWebhookIsAnswered() throws Exception {
        telegram.deliver(numbered(Updates.text(USER, "支付宝怎么认证")));

        List<FakeBotApi.Call> replies = api.awaitMessages(USER, 1);
        assertThat(TelegramHtml.visibleText(replies.get(0).text())).contains("支付宝");
    }

    @Test
    void anUpdateWaitingToBeAnsweredIsStoredWithoutTheIdCardNumberInFull() throws Exception {
        String idCard = "110101199003071234";
        webhook.bind((updateId, chatKey, update) -> { });  // stored and claimed, never answered

        telegram.deliver(numbered(Updates.text(USER, "我的身份证号是" + idCard + "，认证不了怎么办")));

        String stored = database.call(c -> {
            try (var query = c.prepareStatement("SELECT body FROM telegram_update");
                 var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertThat(stored).doesNotContain(idCard).contains("认证不了怎么办", "11**************34");
    }

    @Test
    void anUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        ObjectNode update = numbered(Updates.text(USER, "认证失败怎么办"));
        telegram.deliver(update);
        telegram.deliver(update);
        api.awaitMessages(USER, 1);
        telegram.deliver(numbered(Updates.text(USER, "你好")));
        api.awaitMessages(USER, 2);
        Thread.sleep(300);

        assertThat(api.messagesTo(USER)).hasSize(2);
    }

    @Test
    void aCallWithoutTheRightSecretIs401AndLoggedWithoutTheToken() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(Webhook.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            String body = numbered(Updates.text(USER, "支付宝怎么认证")).toString();
            assertThat(telegram.post(localUrl(), body, "guessed-secret-123")).isEqualTo(401);
            assertThat(telegram.post(localUrl(), body, null)).isEqualTo(401);
            assertThat(telegram.post(localUrl(), body, api.webhookSecret() + "x")).isEqualTo(401);
        } finally {
            logger.detachAppender(logged);
        }

        Thread.sleep(300);
        assertThat(api.messagesTo(USER)).isEmpty();
        assertThat(logged.list).hasSize(3).allSatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("refused (401)").doesNotContain("guessed-secret-123").doesNotContain(api.webhookSecret()));
    }

    private ObjectNode numbered(ObjectNode update) {
        api.number(update);
        return update;
    }

    private URI localUrl() {
        return URI.create("http://127.0.0.1:" + host.port() + PUBLIC_URL.getPath());
    }
}
