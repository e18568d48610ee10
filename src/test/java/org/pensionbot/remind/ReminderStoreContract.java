package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pensionbot.remind.CertificationCycle.Stage;
import org.pensionbot.store.Database;

/**
 * What the reminder table guarantees on every database the bot supports; subclasses supply a
 * fresh, empty database per test (SQLite file, PostgreSQL schema).
 */
abstract class ReminderStoreContract {

    static final long CHAT = 7_001_234_567L;
    static final long OTHER_CHAT = 7_009_999_999L;
    static final YearMonth MAY_2026 = YearMonth.of(2026, 5);

    final TestClock clock = TestClock.at("2026-11-28T12:00");
    String url;
    final List<Database> opened = new ArrayList<>();
    Database database;
    ReminderStore store;

    /** A JDBC URL of a new, empty database. */
    abstract String createDatabase() throws Exception;

    void dropDatabase() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        url = createDatabase();
        database = openDatabase();
        store = new ReminderStore(database, clock);
    }

    @AfterEach
    void close() throws Exception {
        opened.forEach(Database::close);
        dropDatabase();
    }

    /** Another connection to the same database, as another bot process would have. */
    Database openDatabase() {
        Database another = Database.open(url);
        opened.add(another);
        return another;
    }

    @Test
    void aReminderIsStoredWithTheRealChatIdAndItsFirstDate() throws Exception {
        Reminder added = store.add(CHAT, Recipient.relative("妈妈"), MAY_2026, true).orElseThrow();

        assertThat(store.list(CHAT)).containsExactly(added);
        assertThat(added.chatId()).isEqualTo(CHAT);
        assertThat(added.recipient()).isEqualTo(new Recipient("妈妈", false));
        assertThat(added.lastCertified()).isEqualTo(MAY_2026);
        assertThat(added.stage()).isEqualTo(Stage.FIRST);
        assertThat(added.nextDueAt()).isEqualTo(TestClock.shanghai("2027-04-01T10:00"));
        assertThat(added.slot()).isEqualTo(1);
        assertThat(added.active()).isTrue();
        assertThat(added.id()).isPositive();
    }

    @Test
    void remindersSurviveClosingAndReopeningTheDatabase() throws Exception {
        Reminder added = store.add(CHAT, Recipient.SELF, MAY_2026, true).orElseThrow();
        database.close();

        ReminderStore reopened = new ReminderStore(openDatabase(), clock);

        assertThat(reopened.list(CHAT)).containsExactly(added);
    }

    @Test
    void aChatKeepsAtMostFiveRemindersInListOrder() throws Exception {
        List<String> names = List.of("我自己", "妈妈", "爸爸", "奶奶", "外婆");
        for (String name : names) {
            assertThat(store.add(CHAT, Recipient.named(name).orElseThrow(), MAY_2026, true)).isPresent();
        }

        assertThat(store.add(CHAT, Recipient.relative("舅舅"), MAY_2026, true)).isEmpty();
        assertThat(store.list(CHAT)).extracting(r -> r.recipient().label()).containsExactlyElementsOf(names);
        assertThat(store.list(CHAT)).extracting(Reminder::slot).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theSameRecipientAgainRestartsTheReminderInsteadOfAddingAnother() throws Exception {
        Reminder first = store.add(CHAT, Recipient.relative("妈妈"), MAY_2026, true).orElseThrow();

        Reminder again = store.add(CHAT, Recipient.relative("妈妈"), YearMonth.of(2026, 9), true).orElseThrow();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.list(CHAT)).hasSize(1).first().extracting(Reminder::lastCertified).isEqualTo(YearMonth.of(2026, 9));
    }

    @Test
    void aDeletedReminderFreesItsSlot() throws Exception {
        store.add(CHAT, Recipient.SELF, MAY_2026, true);
        Reminder mother = store.add(CHAT, Recipient.relative("妈妈"), MAY_2026, true).orElseThrow();
        store.add(CHAT, Recipient.relative("爸爸"), MAY_2026, true);

        assertThat(store.delete(CHAT, mother.id())).isTrue();
        Reminder grandmother = store.add(CHAT, Recipient.relative("奶奶"), MAY_2026, true).orElseThrow();

        assertThat(grandmother.slot()).isEqualTo(2);
    }

    @Test
    void anotherChatCanNeitherSeeNorChangeNorDeleteAReminder() throws Exception {
        Reminder mine = store.add(CHAT, Recipient.relative("妈妈"), MAY_2026, true).orElseThrow();

        assertThat(store.find(OTHER_CHAT, mine.id())).isEmpty();
        assertThat(store.restart(OTHER_CHAT, mine.id(), YearMonth.of(2026, 11), true)).isEmpty();
        assertThat(store.delete(OTHER_CHAT, mine.id())).isFalse();
        assertThat(store.list(CHAT)).containsExactly(mine);
    }

    @Test
    void restartingCountsTheCycleFromTheNewMonth() throws Exception {
        Reminder reminder = store.add(CHAT, Recipient.SELF, YearMonth.of(2025, 12), true).orElseThrow();

        Reminder restarted = store.restart(CHAT, reminder.id(), YearMonth.of(2026, 11), true).orElseThrow();

        assertThat(restarted.lastCertified()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(restarted.stage()).isEqualTo(Stage.FIRST);
        assertThat(restarted.nextDueAt()).isEqualTo(TestClock.shanghai("2027-10-01T10:00"));
        assertThat(restarted.version()).isGreaterThan(reminder.version());
    }

    @Test
    void remindOffDeletesEveryRowOfTheChatAndNothingElse() throws Exception {
        store.add(CHAT, Recipient.SELF, MAY_2026, true);
        store.add(CHAT, Recipient.relative("妈妈"), MAY_2026, true);
        store.add(OTHER_CHAT, Recipient.SELF, MAY_2026, true);

        assertThat(store.deleteChat(CHAT)).isEqualTo(2);

        assertThat(countRows("SELECT COUNT(*) FROM reminder WHERE chat_id = " + CHAT)).isZero();
        assertThat(store.list(OTHER_CHAT)).hasSize(1);
    }

    @Test
    void onlyActiveRemindersThatAreDueAreListedAsDue() throws Exception {
        store.add(CHAT, Recipient.SELF, YearMonth.of(2025, 12), true);        // due 2026-12-01
        store.add(OTHER_CHAT, Recipient.SELF, YearMonth.of(2026, 3), true);   // due 2027-02-01
        clock.set("2026-12-01T10:00");

        assertThat(store.due(clock.instant(), 10)).extracting(Reminder::chatId).containsExactly(CHAT);

        store.markChatInactive(CHAT);
        assertThat(store.due(clock.instant(), 10)).isEmpty();

        store.markChatActive(CHAT);
        assertThat(store.due(clock.instant(), 10)).extracting(Reminder::chatId).containsExactly(CHAT);
    }

    @Test
    void aClaimSucceedsOnceForWhatWasRead() throws Exception {
        store.add(CHAT, Recipient.SELF, YearMonth.of(2025, 12), true);
        clock.set("2026-12-01T10:00");
        Reminder due = store.due(clock.instant(), 10).get(0);
        var next = due.cycle().planAfterSending(due.stage(), clock.instant());

        assertThat(store.claim(due, next)).isTrue();
        assertThat(store.claim(due, next)).isFalse();
        assertThat(store.due(clock.instant(), 10)).isEmpty();
    }

    @Test
    void aReminderChangedAfterItWasReadIsNotClaimed() throws Exception {
        Reminder reminder = store.add(CHAT, Recipient.SELF, YearMonth.of(2025, 12), true).orElseThrow();
        clock.set("2026-12-01T10:00");
        Reminder due = store.due(clock.instant(), 10).get(0);

        store.restart(CHAT, reminder.id(), YearMonth.of(2026, 12), true);   // "我已认证" pressed meanwhile

        assertThat(store.claim(due, due.cycle().planAfterSending(due.stage(), clock.instant()))).isFalse();
    }

    @Test
    void aMonthCountedFromIDontRememberIsStoredAsNotKnown() throws Exception {
        Reminder added = store.add(CHAT, Recipient.SELF, YearMonth.of(2026, 11), false).orElseThrow();

        assertThat(added.monthKnown()).isFalse();
        assertThat(store.restart(CHAT, added.id(), YearMonth.of(2026, 11), true).orElseThrow().monthKnown()).isTrue();
    }

    @Test
    void aCycleCarriedOnWithoutConfirmationNoLongerCountsFromAKnownMonth() throws Exception {
        clock.set("2026-10-15T12:00");
        store.add(CHAT, Recipient.SELF, YearMonth.of(2025, 12), true);
        clock.set("2026-11-01T10:00");
        Reminder first = store.due(clock.instant(), 10).get(0);
        store.claim(first, first.cycle().planAfterSending(first.stage(), clock.instant()));
        assertThat(store.list(CHAT).get(0).monthKnown()).as("same cycle after the first reminder").isTrue();

        clock.set("2026-12-01T10:00");
        Reminder second = store.due(clock.instant(), 10).get(0);
        store.claim(second, second.cycle().planAfterSending(second.stage(), clock.instant()));

        Reminder carriedOn = store.list(CHAT).get(0);
        assertThat(carriedOn.lastCertified()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(carriedOn.monthKnown()).isFalse();
    }

    @Test
    void aBlockedChatsRemindersCannotBeClaimed() throws Exception {
        store.add(CHAT, Recipient.SELF, YearMonth.of(2025, 12), true);
        clock.set("2026-12-01T10:00");
        Reminder due = store.due(clock.instant(), 10).get(0);

        store.markChatInactive(CHAT);

        assertThat(store.claim(due, due.cycle().planAfterSending(due.stage(), clock.instant()))).isFalse();
    }

    @Test
    void blockedChatsAreDeletedOnlyAfterTheGracePeriod() throws Exception {
        store.add(CHAT, Recipient.SELF, MAY_2026, true);
        store.add(OTHER_CHAT, Recipient.SELF, MAY_2026, true);
        store.markChatInactive(CHAT);
        clock.advance(Duration.ofDays(30));

        assertThat(store.purgeInactiveSince(clock.instant().minus(Duration.ofDays(90)))).isZero();

        clock.advance(Duration.ofDays(61));
        assertThat(store.purgeInactiveSince(clock.instant().minus(Duration.ofDays(90)))).isEqualTo(1);
        assertThat(store.list(CHAT)).isEmpty();
        assertThat(store.list(OTHER_CHAT)).hasSize(1);
    }

    @Test
    void twoSchedulersOnOneDatabaseSendEveryDueReminderExactlyOnce() throws Exception {
        int chats = 60;
        for (long chat = 1; chat <= chats; chat++) {
            store.add(chat, Recipient.SELF, YearMonth.of(2025, 12), true);
            store.add(chat, Recipient.relative("妈妈"), YearMonth.of(2025, 11), true);
        }
        clock.set("2026-12-01T10:00");
        Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
        ReminderOutbox counting = (chatId, message) -> received.computeIfAbsent(chatId, c -> new AtomicInteger()).incrementAndGet();
        // Two processes: each its own connection to the same database, polling at the same moment.
        List<ReminderScheduler> schedulers = List.of(
                new ReminderScheduler(new ReminderStore(openDatabase(), clock), counting, clock, TestMenus.supplier()),
                new ReminderScheduler(new ReminderStore(openDatabase(), clock), counting, clock, TestMenus.supplier()));

        ExecutorService threads = Executors.newFixedThreadPool(schedulers.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (ReminderScheduler scheduler : schedulers) {
                sent.add(threads.submit(() -> {
                    go.await();
                    int total = 0;
                    for (int poll = 0; poll < 3; poll++) {
                        total += scheduler.runOnce();
                    }
                    return total;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : sent) {
                total += f.get();
            }

            assertThat(total).isEqualTo(2 * chats);
        } finally {
            threads.shutdownNow();
        }
        assertThat(received).hasSize(chats);
        assertThat(received.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(2));
    }

    long countRows(String sql) throws SQLException {
        return database.call(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
