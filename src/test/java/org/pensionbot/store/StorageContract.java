package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.dialog.Reply;
import org.slf4j.LoggerFactory;

/**
 * What storage guarantees on every database it supports. Each subclass supplies a fresh, empty
 * database per test; the same scenarios then run on SQLite and PostgreSQL alike.
 */
abstract class StorageContract {

    static final String ID_CARD = "110101199003071234";
    static final String MOBILE = "13812345678";
    static final long CHAT_ID = 987_654_321_012L;
    static final int RETENTION_DAYS = 180;
    /** Noon in Beijing on 2026-11-28. */
    static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    final MutableClock clock = new MutableClock(NOW);
    String url;
    Storage storage;

    /** A JDBC URL of a new, empty database. */
    abstract String createDatabase() throws Exception;

    void dropDatabase() throws Exception {
    }

    @BeforeEach
    void openStorage() throws Exception {
        url = createDatabase();
        storage = open();
    }

    @AfterEach
    void closeStorage() throws Exception {
        if (storage != null) {
            storage.close();
        }
        dropDatabase();
    }

    Storage open() {
        return Storage.open(url, RETENTION_DAYS, Optional.empty(), clock);
    }

    void reopen() {
        storage.close();
        storage = open();
    }

    @Test
    void questionTextIsMaskedAndChatIdHashedInTheStoredRow() throws Exception {
        String question = "我的身份证" + ID_CARD + "，电话 " + MOBILE + "，怎么认证？";

        storage.recorder().record(CHAT_ID, Replies.fallback(question));

        List<List<String>> rows = rawRows("question_event");
        assertThat(rows).hasSize(1);
        assertThat(String.join("|", rows.get(0)))
                .doesNotContain(ID_CARD, MOBILE, Long.toString(CHAT_ID))
                .contains("11**************34", "13*******78", "fallback");
        assertThat(rows.get(0).get(1)).matches("[0-9a-f]{64}");
    }

    @Test
    void feedbackStoresTheSamePseudonymAsTheQuestionAndNoChatId() throws Exception {
        storage.recorder().record(CHAT_ID, Replies.answer("支付宝怎么认证", "alipay-self"));
        storage.recorder().recordFeedback(CHAT_ID, "alipay-self", true);
        storage.recorder().recordFeedback(CHAT_ID, "alipay-self", false);

        List<List<String>> rows = rawRows("feedback");
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(String.join("|", row)).doesNotContain(Long.toString(CHAT_ID));
            assertThat(row.get(1)).isEqualTo(hashOfFirstEvent("question_event"));
        });
    }

    @Test
    void theSameChatKeepsItsPseudonymAndDifferentChatsDiffer() throws Exception {
        storage.recorder().record(CHAT_ID, Replies.answer("支付宝怎么认证", "alipay-self"));
        storage.recorder().record(CHAT_ID, Replies.answer("微信怎么认证", "wechat-self"));
        storage.recorder().record(CHAT_ID + 1, Replies.answer("支付宝怎么认证", "alipay-self"));

        List<String> hashes = rawRows("question_event").stream().map(row -> row.get(1)).toList();
        assertThat(hashes.get(0)).isEqualTo(hashes.get(1)).isNotEqualTo(hashes.get(2));
    }

    @Test
    void aConfiguredKeyHashesWithHmacSha256() throws Exception {
        String key = "an-operator-chosen-key-0123456789";
        storage.close();
        storage = Storage.open(url, RETENTION_DAYS, Optional.of(key), clock);

        storage.recorder().record(CHAT_ID, Replies.smallTalk("你好"));

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(Long.toString(CHAT_ID).getBytes(StandardCharsets.US_ASCII)));
        assertThat(hashOfFirstEvent("question_event")).isEqualTo(expected);
    }

    @Test
    void eventsAndPseudonymsSurviveARestart() throws Exception {
        storage.recorder().record(CHAT_ID, Replies.answer("支付宝怎么认证", "alipay-self"));
        storage.recorder().recordFeedback(CHAT_ID, "alipay-self", true);
        String before = hashOfFirstEvent("question_event");

        reopen();
        storage.recorder().record(CHAT_ID, Replies.answer("支付宝怎么认证", "alipay-self"));

        assertThat(rawRows("question_event")).hasSize(2).allSatisfy(row -> assertThat(row.get(1)).isEqualTo(before));
        assertThat(rawRows("feedback")).hasSize(1);
        assertThat(storage.reports().stats(1).todayCounts().answered()).isEqualTo(2);
    }

    @Test
    void migrationsRunOnceHoweverOftenTheDatabaseIsOpened() throws Exception {
        storage.recorder().record(CHAT_ID, Replies.answer("支付宝怎么认证", "alipay-self"));

        reopen();
        reopen();

        assertThat(rawRows("flyway_schema_history")).extracting(row -> row.get(1)).containsExactly("1", "2", "3", "4", "5");
        assertThat(rawRows("question_event")).hasSize(1);
    }

    @Test
    void retentionDeletesOnlyRowsOlderThanTheRetentionPeriod() throws Exception {
        clock.set(NOW.minus(Duration.ofDays(RETENTION_DAYS)).minusSeconds(1));
        storage.recorder().record(CHAT_ID, Replies.fallback("很久以前的问题"));
        storage.recorder().recordFeedback(CHAT_ID, "old-entry", false);
        clock.set(NOW.minus(Duration.ofDays(RETENTION_DAYS)).plusSeconds(1));
        storage.recorder().record(CHAT_ID, Replies.fallback("刚好还在期限内的问题"));
        storage.recorder().recordFeedback(CHAT_ID, "recent-entry", true);
        clock.set(NOW);

        RetentionJob.Deleted deleted = storage.retention().runOnce();

        assertThat(deleted).isEqualTo(new RetentionJob.Deleted(1, 1));
        assertThat(rawRows("question_event")).singleElement().satisfies(row -> assertThat(row.get(2)).isEqualTo("刚好还在期限内的问题"));
        assertThat(rawRows("feedback")).singleElement().satisfies(row -> assertThat(row.get(2)).isEqualTo("recent-entry"));
    }

    @Test
    void aFailedWriteIsLoggedWithoutPersonalDataAndNotThrown() throws Exception {
        storage.database().call(c -> {
            try (Statement drop = c.createStatement()) {
                drop.execute("DROP TABLE question_event");
                drop.execute("DROP TABLE feedback");
            }
            return null;
        });
        List<ILoggingEvent> logged = captureLog(EventRecorder.class, () -> assertThatCode(() -> {
            storage.recorder().record(CHAT_ID, Replies.fallback("身份证" + ID_CARD + "怎么认证"));
            storage.recorder().recordFeedback(CHAT_ID, "alipay-self", true);
        }).doesNotThrowAnyException());

        assertThat(logged).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).doesNotContain(ID_CARD, Long.toString(CHAT_ID));
        });
    }

    @Test
    void concurrentWritesAreAllStored() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 200; i++) {
            long chat = i;
            threads.submit(() -> storage.recorder().record(chat, Replies.answer("支付宝怎么认证", "alipay-self")));
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(rawRows("question_event")).hasSize(200);
    }

    @Test
    void statsCountQuestionsByBeijingCalendarDays() {
        // Today in Beijing began at 2026-11-27T16:00Z.
        at("2026-11-27T16:30:00Z", 1, Replies.answer("支付宝怎么认证", "alipay-self"));
        at("2026-11-28T03:00:00Z", 2, Replies.answer("支付宝咋认证", "alipay-self"));
        at("2026-11-28T03:01:00Z", 2, Replies.clarify("怎么认证"));
        at("2026-11-28T03:02:00Z", 3, Replies.fallback("养老金多少钱"));
        at("2026-11-28T03:03:00Z", 4, Replies.smallTalk("你好"));
        at("2026-11-27T15:30:00Z", 1, Replies.answer("帮父母认证", "for-others"));   // yesterday 23:30
        at("2026-11-22T02:00:00Z", 5, Replies.fallback("在国外怎么办"));             // six days ago
        at("2026-11-21T15:59:00Z", 6, Replies.answer("支付宝怎么认证", "alipay-self")); // seven days ago, 23:59
        webAt("2026-11-26T03:00:00Z", "session-a", Replies.fallback("养老金多少钱"));
        webAt("2026-11-26T03:01:00Z", "session-a", Replies.answer("支付宝怎么认证", "alipay-self"));
        webAt("2026-11-26T03:02:00Z", "session-b", Replies.smallTalk("你好"));
        feedbackAt("2026-11-28T03:00:00Z", 1, "alipay-self", true);
        feedbackAt("2026-11-28T03:00:00Z", 2, "alipay-self", true);
        feedbackAt("2026-11-28T03:00:00Z", 3, "alipay-self", false);
        feedbackAt("2026-11-25T03:00:00Z", 3, "for-others", false);
        feedbackAt("2026-11-20T03:00:00Z", 3, "wechat-self", false);                 // before the period
        clock.set(NOW);

        Stats stats = storage.reports().stats(7);

        assertThat(stats.today()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(stats.todayCounts()).isEqualTo(new Stats.Counts(2, 1, 1, 3));
        assertThat(stats.periodCounts()).isEqualTo(new Stats.Counts(4, 1, 3, 5));
        assertThat(stats.periodCounts().percent(4)).isEqualTo(50);
        assertThat(stats.channels()).containsExactly(
                new Stats.ChannelCounts("telegram", new Stats.Counts(3, 1, 2, 4)),
                new Stats.ChannelCounts("web", new Stats.Counts(1, 0, 1, 1)));
        assertThat(stats.topEntries()).containsExactly(
                new Stats.EntryCount("alipay-self", 3), new Stats.EntryCount("for-others", 1));
        assertThat(stats.feedback()).containsExactly(
                new Stats.EntryFeedback("alipay-self", 2, 1), new Stats.EntryFeedback("for-others", 0, 1));
    }

    @Test
    void unansweredGroupsSimilarRecentQuestionsMostFrequentFirst() {
        at("2026-11-26T03:00:00Z", 1, Replies.fallback("在国外怎么做认证？"));
        at("2026-11-26T04:00:00Z", 2, Replies.fallback("在国外 怎么做认证"));
        at("2026-11-26T05:00:00Z", 3, Replies.fallback("在国外怎么做认证？"));
        at("2026-11-27T03:00:00Z", 4, Replies.clarify("在国外怎么做认证!!"));
        at("2026-11-28T01:00:00Z", 5, Replies.fallback("在国外怎么做认证呢"));        // near duplicate
        at("2026-11-27T06:00:00Z", 6, Replies.fallback("我的身份证" + ID_CARD + "认证不了"));
        at("2026-11-27T07:00:00Z", 7, Replies.fallback("我的身份证220102198501011111认证不了"));
        at("2026-11-27T08:00:00Z", 8, Replies.fallback("养老金多少钱"));
        at("2026-11-27T09:00:00Z", 8, Replies.fallback("😀😀"));                      // nothing to group
        at("2026-11-27T10:00:00Z", 9, Replies.answer("支付宝怎么认证", "alipay-self"));  // answered
        at("2026-11-27T11:00:00Z", 9, Replies.smallTalk("你好"));
        at("2026-11-10T03:00:00Z", 9, Replies.fallback("养老金多少钱"));              // too old for 7 days
        webAt("2026-11-27T12:00:00Z", "session-a", Replies.fallback("在国外怎么做认证？"));
        clock.set(NOW);

        UnansweredReport report = storage.reports().unanswered(7, 10);

        assertThat(report.questions()).extracting(UnansweredReport.Question::count).containsExactly(6, 2, 1);
        assertThat(report.questions()).extracting(UnansweredReport.Question::channels)
                .containsExactly(List.of("telegram", "web"), List.of("telegram"), List.of("telegram"));
        UnansweredReport.Question abroad = report.questions().get(0);
        assertThat(abroad.text()).isEqualTo("在国外怎么做认证？");
        assertThat(abroad.fallbacks()).isEqualTo(5);
        assertThat(abroad.clarifies()).isEqualTo(1);
        assertThat(abroad.lastSeen()).isEqualTo(Instant.parse("2026-11-28T01:00:00Z"));
        assertThat(abroad.variants()).containsExactly("在国外怎么做认证呢");
        assertThat(report.questions().get(1).text()).doesNotContain(ID_CARD).contains("*******");
        assertThat(report.questions().get(2).text()).isEqualTo("养老金多少钱");
        assertThat(storage.reports().unanswered(7, 1).questions()).hasSize(1);
    }

    private void at(String time, long chatId, Reply reply) {
        clock.set(Instant.parse(time));
        storage.recorder().record(chatId, reply);
    }

    private void webAt(String time, String session, Reply reply) {
        clock.set(Instant.parse(time));
        storage.recorder().record(EventRecorder.WEB, session, reply);
    }

    private void feedbackAt(String time, long chatId, String entryId, boolean helpful) {
        clock.set(Instant.parse(time));
        storage.recorder().recordFeedback(chatId, entryId, helpful);
    }

    /** Every row of a table, every column as text, in insertion order (by time). */
    List<List<String>> rawRows(String table) throws SQLException {
        String order = table.equals("flyway_schema_history") ? "installed_rank" : "occurred_at";
        return storage.database().call(c -> {
            List<List<String>> rows = new ArrayList<>();
            try (Statement select = c.createStatement();
                 ResultSet result = select.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(String.valueOf(result.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    private String hashOfFirstEvent(String table) throws SQLException {
        return rawRows(table).get(0).get(1);
    }

    /**
     * What {@code type}'s logger logged while {@code action} ran, kept out of the build's output: the
     * failures these tests provoke on purpose ("no such table") are asserted on, not printed.
     */
    static List<ILoggingEvent> captureLog(Class<?> type, Runnable action) {
        Logger logger = (Logger) LoggerFactory.getLogger(type);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        boolean additive = logger.isAdditive();
        logger.addAppender(appender);
        logger.setAdditive(false);
        try {
            action.run();
        } finally {
            logger.setAdditive(additive);
            logger.detachAppender(appender);
        }
        return appender.list;
    }
}
