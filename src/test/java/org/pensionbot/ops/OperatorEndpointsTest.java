package org.pensionbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.http.HttpHost;
import org.pensionbot.store.Database;
import org.pensionbot.telegram.ConversationListener;
import org.pensionbot.telegram.RetryPolicy;
import org.pensionbot.telegram.SendLimits;
import org.pensionbot.telegram.TelegramBot;
import org.pensionbot.telegram.TelegramExtensions;
import org.pensionbot.telegram.TelegramSettings;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;

/**
 * What an operator's tools see over HTTP while the real bot answers through the fake Bot API:
 * liveness, readiness that follows the database, and Prometheus metrics that count what happened.
 */
class OperatorEndpointsTest {

    private static final long USER = 5_550_001L;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessFollowsTheDatabaseWhileLivenessStaysUp() throws Exception {
        Database database = Database.open("jdbc:sqlite:" + dir.resolve("bot.db"));
        Readiness readiness = new Readiness().check("index", () -> true).check("database", database::ping);
        try (HttpHost host = HttpHost.start("127.0.0.1", 0, List.of(new HealthRoutes(readiness)))) {
            HttpResponse<String> ready = get(host, HealthRoutes.READY);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"ready\",\"database\":true,\"index\":true}");

            database.close();

            HttpResponse<String> notReady = get(host, HealthRoutes.READY);
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("\"database\":false");
            assertThat(get(host, HealthRoutes.LIVE).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void nothingRegisteredYetIsNotReady() throws Exception {
        try (HttpHost host = HttpHost.start("127.0.0.1", 0, List.of(new HealthRoutes(new Readiness())))) {
            assertThat(get(host, HealthRoutes.READY).statusCode()).isEqualTo(503);
        }
    }

    @Test
    void metricsCountAnswersRateLimitsAndHandlingTime() throws Exception {
        PrometheusMetrics metrics = new PrometheusMetrics();
        DialogEngine engine = new DialogEngine(LiveIndex.load(Path.of("faq-corpus")));
        TelegramSettings settings = TelegramSettings.DEFAULTS
                .withSendLimits(new SendLimits(Duration.ofMillis(50), 20, Duration.ofMinutes(1), 30))
                .withRetries(new RetryPolicy(5, Duration.ofMillis(20), Duration.ofMillis(100), 5, Duration.ofSeconds(1)),
                        new RetryPolicy(1, Duration.ofMillis(20), Duration.ofMillis(100), 0, Duration.ZERO))
                .withPolling(1, 100);
        try (FakeBotApi api = FakeBotApi.start();
             HttpHost host = HttpHost.start("127.0.0.1", 0, List.of(metrics))) {
            TelegramExtensions extensions = TelegramExtensions.builder()
                    .listener(new AnswerMeters(metrics.registry(), ConversationListener.NONE))
                    .meters(metrics.registry())
                    .build();
            api.rateLimitNext("sendmessage", 1, 1);
            try (TelegramBot bot = TelegramBot.start(api.config(), engine, extensions, settings)) {
                api.push(Updates.text(USER, "支付宝怎么认证"));
                api.push(Updates.text(USER, "你好"));
                api.await(a -> a.deliveredCount() >= 2, Duration.ofSeconds(30), "two replies delivered");
            }

            HttpResponse<String> scraped = get(host, PrometheusMetrics.PATH);
            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            String text = scraped.body();
            assertThat(text).contains("pensionbot_answers_total{action=\"answer\"} 1.0")
                    .contains("pensionbot_answers_total{action=\"smalltalk\"} 1.0")
                    .contains("pensionbot_telegram_rate_limited_total 1.0")
                    .contains("pensionbot_update_handling_seconds_count 2")
                    .contains("pensionbot_answer_confidence_count")
                    .contains("pensionbot_telegram_outbound_queue 0.0")
                    .doesNotContain(Long.toString(USER));
        }
    }

    private HttpResponse<String> get(HttpHost host, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
