package org.pensionbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.config.WebConfig;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.store.Storage;

/** The page's HTTP API as a browser (or a script) meets it: headers, cookie, limits, bad input, statistics. */
class WebChatApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private WebChatServer server;
    private Storage storage;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (storage != null) {
            storage.close();
        }
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicyAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        server = WebChatServer.start();

        HttpResponse<String> page = get("/");
        HttpResponse<String> start = get("/api/start");

        for (HttpResponse<String> response : List.of(page, start)) {
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(page.body()).doesNotContain("http://", "https://").contains("chat.js", "chat.css");
        String cookie = start.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(SessionCookie.NAME + "=").contains("HttpOnly", "SameSite=Strict");
    }

    @Test
    void aClientThatSendsTooFastIsAskedKindlyToWait() throws Exception {
        server = WebChatServer.start(Optional.empty(), new WebConfig("127.0.0.1", 0, false, 3));

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = post("/api/message", "{\"text\":\"支付宝怎么认证\"}");
            statuses.add(last.statusCode());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(text(last)).contains("请稍后再试");
    }

    @Test
    void aQuestionAboutOnePointSeesTheTipOnItUnderTheShortAnswer() throws Exception {
        server = WebChatServer.start();

        JsonNode answer = JSON.readTree(post("/api/message", "{\"text\":\"认证时提示不属于本次认证范围是怎么回事\"}").body())
                .path("replies").get(0);

        assertThat(answer.path("paragraphs").toString()).contains("👉 您问的这一点：提示“您不属于本次认证范围”");
    }

    /** The other ways after "还有别的办法没" are listed in full on the page; a button shows only a line's start. */
    @Test
    void theOtherWaysAreListedInFull() throws Exception {
        server = WebChatServer.start();
        post("/api/message", "{\"text\":\"刷脸老是不过\"}");

        JsonNode ways = JSON.readTree(post("/api/message", "{\"text\":\"还有别的办法没\"}").body()).path("replies").get(0);

        assertThat(ways.path("kind").asText()).isEqualTo("clarify");
        assertThat(ways.path("list").get(0).asText()).startsWith("不用手机：带上身份证");
        assertThat(ways.path("choices").get(0).get(0).path("id").asText()).isEqualTo("a:offline-certification");
    }

    @Test
    void badInputGetsAKindReplyNeverAnError() throws Exception {
        server = WebChatServer.start();

        HttpResponse<String> notJson = post("/api/message", "<html>");
        HttpResponse<String> huge = post("/api/message", JSON.writeValueAsString(java.util.Map.of("text", "认证".repeat(5_000))));
        HttpResponse<String> lucene = post("/api/message", "{\"text\":\"认证 AND (OR \\\"* ~ ^2 😀\"}");
        HttpResponse<String> forged = post("/api/choice", "{\"id\":\"a:../../etc/passwd\"}");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(text(notJson)).contains("请再发一次");
        for (HttpResponse<String> response : List.of(huge, lucene, forged)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("replies")).isNotEmpty();
        }
        assertThat(text(forged)).contains(Phrases.EXPIRED_CHOICE);
    }

    @Test
    void questionsLandInTheStatisticsMaskedPseudonymousAndMarkedAsWeb() throws Exception {
        storage = Storage.open("jdbc:sqlite:" + dir.resolve("events.db"), 180, Optional.of("a-test-key-of-sixteen-chars"), Clock.systemUTC());
        server = WebChatServer.start(Optional.of(storage.recorder()), new WebConfig("127.0.0.1", 0, false, 100));

        HttpResponse<String> reply = post("/api/message", "{\"text\":\"我的身份证110101199003071234怎么认证\"}");
        post("/api/choice", "{\"id\":\"f:-:alipay-self\"}");
        server.close(); // statistics are written after the reply; closing writes what is queued
        server = null;

        JsonNode body = JSON.readTree(reply.body());
        assertThat(body.path("question").asText()).doesNotContain("110101199003071234");
        assertThat(body.path("replies").get(0).path("warning").asText()).isEqualTo(Phrases.PERSONAL_DATA_WARNING);
        List<String> rows = storage.database().call(c -> {
            List<String> found = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("SELECT channel, question, chat_hash FROM question_event")) {
                while (r.next()) {
                    found.add(r.getString(1) + " | " + r.getString(2) + " | " + r.getString(3).length());
                }
            }
            try (ResultSet r = c.createStatement().executeQuery("SELECT channel, entry_id, helpful FROM feedback")) {
                while (r.next()) {
                    found.add(r.getString(1) + " | " + r.getString(2) + " | " + r.getBoolean(3));
                }
            }
            return found;
        });
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("web | 我的身份证11**************34怎么认证 | 64");
        assertThat(rows.get(1)).isEqualTo("web | alipay-self | false");
    }

    @Test
    void adminCommandsAreNotOfferedOnThePageWhichHasNoLogin() throws Exception {
        storage = Storage.open("jdbc:sqlite:" + dir.resolve("events.db"), 180, Optional.of("a-test-key-of-sixteen-chars"), Clock.systemUTC());
        storage.recorder().record(1L, new Reply.Fallback("养老金多少钱", false, Reply.FallbackReason.NO_MATCH, null, List.of(), List.of()));
        server = WebChatServer.start(Optional.of(storage.recorder()), new WebConfig("127.0.0.1", 0, false, 100));

        for (String command : List.of("/stats", "/unanswered", "/why 支付宝怎么认证", "/corpus")) {
            assertThat(text(post("/api/message", JSON.writeValueAsString(java.util.Map.of("text", command)))))
                    .as(command).doesNotContain("问答统计", "未答和追问", "养老金多少钱", "归一化", "问答库：");
        }
    }

    private static String text(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("replies").toString();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
