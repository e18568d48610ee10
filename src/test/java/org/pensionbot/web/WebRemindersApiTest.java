package org.pensionbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.config.WebConfig;

/**
 * The reminder dialog through the page's API, as the page's buttons drive it, down to the calendar
 * file a phone imports, parsed here by RFC 5545's rules. Today is 28 November 2026 in Shanghai.
 */
class WebRemindersApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock NOV_28 = Clock.fixed(Instant.parse("2026-11-28T04:00:00Z"), ZoneOffset.UTC);

    private WebChatServer server;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void start() {
        server = WebChatServer.start(Optional.empty(), new WebConfig("127.0.0.1", 0, false, 1_000), NOV_28);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void typedRequestMonthAndWhomEndWithALinkToTheCalendarFile() throws Exception {
        JsonNode months = reply(post("/api/message", "{\"text\":\"提醒我\"}"));
        assertThat(months.path("paragraphs").toString()).contains("上一次认证是哪个月");
        assertThat(ids(months)).contains("r:m:202611", "r:m:202512", "r:m:0");

        JsonNode whom = reply(post("/api/choice", "{\"id\":\"r:m:202605\"}"));
        assertThat(labels(whom)).containsExactly("我自己", "妈妈", "爸爸", "老伴", "其他家人");

        JsonNode done = reply(post("/api/choice", "{\"id\":\"r:w:202605:m\"}"));
        assertThat(done.path("paragraphs").toString()).contains("给「妈妈」的日历提醒做好了", "2027年5月31日", "2027年4月1日", "12333");
        assertThat(done.path("download").path("href").asText()).isEqualTo("api/reminder.ics?month=202605&for=m");
        assertThat(labels(done)).containsExactly("📖 怎么帮家人认证");
    }

    @Test
    void aMonthAndAPersonTypedInsteadOfTappedAnswerTheDialog() throws Exception {
        reply(post("/api/message", "{\"text\":\"提醒我\"}"));

        JsonNode whom = reply(post("/api/message", "{\"text\":\"5月份\"}"));

        assertThat(whom.path("paragraphs").toString()).contains("2026年5月");
        assertThat(ids(whom)).contains("r:w:202605:m");
        JsonNode done = reply(post("/api/message", "{\"text\":\"我自己\"}"));
        assertThat(done.path("paragraphs").toString()).contains("给您自己的日历提醒做好了");
        JsonNode question = reply(post("/api/message", "{\"text\":\"5月份\"}"));
        assertThat(ids(question)).as("nothing is asked now: an ordinary message").doesNotContain("r:w:202605:m");
    }

    @Test
    void aToldLastMonthGetsItsDueDateAndTheReminderStartsFromIt() throws Exception {
        JsonNode due = reply(post("/api/message", "{\"text\":\"上次认证是今年1月 什么时候要再认证\"}"));

        assertThat(due.path("paragraphs").toString()).contains("2026年1月", "2027年1月31日", "12333");
        assertThat(ids(due)).contains("r:m:202601");
        JsonNode whom = reply(post("/api/choice", "{\"id\":\"r:m:202601\"}"));
        assertThat(labels(whom)).contains("我自己", "妈妈");
    }

    @Test
    void aFollowUpToAToldMonthsDueDateIsReadWithHowToCertify() throws Exception {
        reply(post("/api/message", "{\"text\":\"上次认证是今年1月 什么时候要再认证\"}"));

        JsonNode howTo = reply(post("/api/message", "{\"text\":\"那我现在就去弄 怎么弄\"}"));

        assertThat(howTo.toString()).contains("支付宝").doesNotContain("答不上来");
    }

    @Test
    void theCalendarFileIsAYearlyEventAMonthBeforeTheDeadlineWithTheReminderText() throws Exception {
        HttpResponse<byte[]> file = get("/api/reminder.ics?month=202605&for=m");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".ics");
        String raw = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(raw).endsWith("\r\n");
        for (String line : raw.split("\r\n", -1)) {
            assertThat(line).as("a bare line feed").doesNotContain("\n");
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("folded at 75 octets: %s", line).isLessThanOrEqualTo(75);
        }
        List<String> lines = unfold(raw);
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT", "RRULE:FREQ=YEARLY",
                "DTSTART;TZID=Asia/Shanghai:20270401T100000", "TZID:Asia/Shanghai", "DTSTAMP:20261128T040000Z");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        Map<String, String> event = event(lines);
        assertThat(event.get("UID")).isNotBlank();
        assertThat(text(event.get("SUMMARY"))).isEqualTo("提醒：「妈妈」的养老金资格认证");
        assertThat(text(event.get("DESCRIPTION"))).contains(
                "「妈妈」一般每年要在 5月底 前认证一次（按上次认证的月份算，12个月一次）。还有一个月左右，可以准备起来了。",
                "帮家人认证时，需要本人在手机前刷脸。", "认证一般每12个月一次，全国没有统一的固定日期", "12333");
    }

    @Test
    void aLinkThatIsNotOursGets404() throws Exception {
        for (String forged : List.of("month=202613&for=m", "month=202605&for=z", "month=202605", "for=m&month=%3Cb%3E", "")) {
            assertThat(get("/api/reminder.ics?" + forged).statusCode()).as(forged).isEqualTo(404);
        }
    }

    @Test
    void theGreetingTellsNewcomersAboutReminders() throws Exception {
        HttpResponse<byte[]> start = get("/api/start");
        assertThat(new String(start.body(), StandardCharsets.UTF_8)).contains("提醒我");
    }

    /** RFC 5545 3.1: a CRLF followed by one space or tab continues the line before. */
    private static List<String> unfold(String raw) {
        return List.of(raw.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
    }

    /** The VEVENT's properties, by name (parameters after ';' dropped). */
    private static Map<String, String> event(List<String> lines) {
        Map<String, String> properties = new LinkedHashMap<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                inside = true;
            } else if (line.equals("BEGIN:VALARM") || line.equals("END:VEVENT")) {
                inside = false;
            } else if (inside) {
                int colon = line.indexOf(':');
                properties.putIfAbsent(line.substring(0, colon).split(";")[0], line.substring(colon + 1));
            }
        }
        return properties;
    }

    /** A TEXT value unescaped (RFC 5545 3.3.11). */
    private static String text(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static JsonNode reply(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).path("replies").get(0);
    }

    private static List<String> ids(JsonNode reply) {
        List<String> ids = new ArrayList<>();
        reply.path("choices").forEach(row -> row.forEach(choice -> ids.add(choice.path("id").asText())));
        return ids;
    }

    private static List<String> labels(JsonNode reply) {
        List<String> labels = new ArrayList<>();
        reply.path("choices").forEach(row -> row.forEach(choice -> labels.add(choice.path("label").asText())));
        return labels;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
