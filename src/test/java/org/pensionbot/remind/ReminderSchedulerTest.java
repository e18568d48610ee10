package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.ProvokedFailure;
import org.pensionbot.store.Database;

/** When reminders go out, what they say, and that each goes out once: restarts, blocked chats, late starts. */
class ReminderSchedulerTest {

    static final long ME = 5_550_001L;
    static final long DAUGHTER = 5_550_002L;
    static final YearMonth DEC_2025 = YearMonth.of(2025, 12);

    @TempDir
    Path dir;

    final TestClock clock = TestClock.at("2026-10-15T12:00");
    final RecordingOutbox outbox = new RecordingOutbox();
    final List<AutoCloseable> open = new ArrayList<>();
    Database database;
    Reminders reminders;
    ReminderScheduler scheduler;

    @BeforeEach
    void startBot() {
        startBotOnTheSameDatabase();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    /** A bot process: its own connection, store, conversation and scheduler on the one database file. */
    void startBotOnTheSameDatabase() {
        database = Database.open("jdbc:sqlite:" + dir.resolve("pension-bot.db"));
        reminders = Reminders.create(database, clock, TestMenus.supplier());
        scheduler = new ReminderScheduler(reminders.store(), outbox, clock, TestMenus.supplier());
        open.add(scheduler);
        open.add(reminders);
        open.add(database);
    }

    void stopBot() {
        scheduler.close();
        reminders.close();
        database.close();
    }

    Reminder add(long chat, Recipient recipient, YearMonth lastCertified) throws Exception {
        return reminders.store().add(chat, recipient, lastCertified, true).orElseThrow();
    }

    int sendAt(String shanghaiLocal) {
        clock.set(shanghaiLocal);
        return scheduler.runOnce();
    }

    @Test
    void nothingIsSentBeforeTenOnTheFirstOfTheMonthBeforeTheLastMonth() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);

        assertThat(sendAt("2026-10-31T10:00")).isZero();
        assertThat(sendAt("2026-11-01T09:59")).isZero();
        assertThat(outbox.delivered()).isEmpty();
    }

    @Test
    void theFirstReminderSaysWhenTheCycleEndsWithButtonsToTheHowToAndToConfirm() throws Exception {
        Reminder reminder = add(ME, Recipient.SELF, DEC_2025);

        assertThat(sendAt("2026-11-01T10:00")).isEqualTo(1);

        ReminderMessage sent = outbox.deliveredTo(ME).get(0).message();
        assertThat(Messages.plain(sent)).contains("上次认证是在 2025年12月", "2026年12月31日 前再认证一次", "还有一个月左右",
                "2026年12月1日 我再提醒一次");
        assertThat(Messages.dataOf(sent, "📖 怎么认证")).isEqualTo("a:alipay-self");
        assertThat(Messages.dataOf(sent, "✅ 我已认证")).isEqualTo("r:ok:" + Long.toString(reminder.id(), 36));
        Messages.assertSendable(sent);
    }

    @Test
    void aReminderForARelativeLinksHowToHelpAndSaysTheyMustBePresentForTheFaceScan() throws Exception {
        add(DAUGHTER, Recipient.relative("妈妈"), DEC_2025);

        sendAt("2026-11-01T10:00");

        ReminderMessage sent = outbox.deliveredTo(DAUGHTER).get(0).message();
        assertThat(Messages.plain(sent)).contains("「妈妈」的养老金资格认证", "「妈妈」上次认证是在 2025年12月", "本人在手机前刷脸");
        assertThat(Messages.dataOf(sent, "📖 怎么帮家人认证")).isEqualTo("a:for-others");
    }

    @Test
    void withoutConfirmationTheSecondReminderComesAtTheStartOfTheLastMonth() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        sendAt("2026-11-01T10:00");

        assertThat(sendAt("2026-11-30T19:59")).isZero();
        assertThat(sendAt("2026-12-01T10:00")).isEqualTo(1);

        assertThat(Messages.plain(outbox.deliveredTo(ME).get(1).message()))
                .contains("这个月是最后一个月", "2026年12月31日 前再认证一次", "明年再提醒您");
    }

    @Test
    void afterTheSecondReminderTheyCarryOnAYearLaterAsIfCertifiedInTheLastMonth() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        sendAt("2026-11-01T10:00");
        sendAt("2026-12-01T10:00");

        assertThat(sendAt("2027-10-31T10:00")).isZero();
        assertThat(sendAt("2027-11-01T10:00")).isEqualTo(1);
        assertThat(Messages.plain(outbox.deliveredTo(ME).get(2).message()))
                .contains("您的认证周期，我是从 2026年12月 开始算的", "2027年12月31日")
                .as("nobody said they certified in December 2026").doesNotContain("上次认证");
    }

    @Test
    void pressingIHaveCertifiedCancelsTheSecondReminderAndRestartsFromThatMonth() throws Exception {
        Reminder reminder = add(ME, Recipient.SELF, DEC_2025);
        sendAt("2026-11-01T10:00");
        String confirm = Messages.dataOf(outbox.deliveredTo(ME).get(0).message(), "✅ 我已认证");

        clock.set("2026-11-05T15:30");
        ReminderMessage which = reminders.conversation().onButton(ME, confirm);
        assertThat(Messages.labels(which)).containsExactly("这个月（11月）", "上个月（10月）");
        ReminderMessage reply = reminders.conversation().onButton(ME, Messages.dataOf(which, "这个月（11月）"));

        assertThat(Messages.plain(reply)).contains("已记下", "2026年11月", "2027年11月30日", "2027年10月1日");
        assertThat(sendAt("2026-12-01T10:00")).isZero();
        assertThat(sendAt("2027-09-30T10:00")).isZero();
        assertThat(sendAt("2027-10-01T10:00")).isEqualTo(1);
        assertThat(reminders.store().find(ME, reminder.id()).orElseThrow().lastCertified()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void overTwoYearsOfDailyChecksEachCycleGetsExactlyTwoRemindersAndEachSaysTheRuleAndTheHotline() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        add(DAUGHTER, Recipient.relative("妈妈"), YearMonth.of(2026, 2));
        add(DAUGHTER, Recipient.SELF, YearMonth.of(2026, 6));

        clock.set("2026-10-15T10:00");
        for (int day = 0; day < 2 * 366; day++) {
            scheduler.runOnce();
            scheduler.runOnce();   // a second poll the same day finds nothing more
            clock.advance(Duration.ofDays(1));
        }

        assertThat(outbox.deliveredTo(ME)).hasSize(4);
        assertThat(outbox.deliveredTo(DAUGHTER)).hasSize(8);
        assertThat(outbox.delivered()).allSatisfy(sent -> {
            assertThat(Messages.plain(sent.message())).contains("认证一般每12个月一次", "没有统一的固定日期", "各地规定可能不一样",
                    "当地社保部门", "12333");
            Messages.assertSendable(sent.message());
        });
    }

    @Test
    void aReminderThatFellDueWhileTheBotWasDownIsSentOnceAfterStartUpAndNeverAgain() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        add(DAUGHTER, Recipient.relative("妈妈"), DEC_2025);
        add(DAUGHTER, Recipient.relative("爸爸"), YearMonth.of(2026, 1));   // not due yet
        stopBot();

        clock.set("2026-11-03T11:00");
        startBotOnTheSameDatabase();
        assertThat(scheduler.runOnce()).isEqualTo(2);
        assertThat(scheduler.runOnce()).isZero();

        stopBot();
        startBotOnTheSameDatabase();
        assertThat(scheduler.runOnce()).isZero();
        assertThat(outbox.deliveredTo(ME)).hasSize(1);
        assertThat(outbox.deliveredTo(DAUGHTER)).hasSize(1);
    }

    @Test
    void startChecksAtOnceRatherThanAfterTheFirstInterval() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        clock.set("2026-11-02T09:30");

        scheduler.start();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (outbox.delivered().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(outbox.deliveredTo(ME)).hasSize(1);
    }

    @Test
    void aBotDownThroughBothRemindersSendsOneNotTwo() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        stopBot();

        clock.set("2026-12-03T09:00");
        startBotOnTheSameDatabase();

        assertThat(scheduler.runOnce()).isEqualTo(1);
        assertThat(scheduler.runOnce()).isZero();
        assertThat(Messages.plain(outbox.deliveredTo(ME).get(0).message())).contains("这个月是最后一个月", "明年再提醒您");
        assertThat(sendAt("2027-10-31T10:00")).isZero();
        assertThat(sendAt("2027-11-01T10:00")).isEqualTo(1);
    }

    @Test
    void aReminderSentAfterTheCycleEndedSaysSoAndThatSuspendedMonthsArePaidBack() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        stopBot();

        clock.set("2027-01-20T10:00");
        startBotOnTheSameDatabase();
        scheduler.runOnce();

        assertThat(Messages.plain(outbox.deliveredTo(ME).get(0).message()))
                .contains("期限（2026年12月31日）已经过了", "请尽快认证", "补发", "12333");
    }

    @Test
    void aReminderThatFellDueAtNightWaitsForNineInTheMorning() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);

        assertThat(sendAt("2026-11-01T20:00")).isZero();
        assertThat(sendAt("2026-11-02T02:00")).isZero();
        assertThat(sendAt("2026-11-02T08:59")).isZero();
        assertThat(sendAt("2026-11-02T09:00")).isEqualTo(1);
    }

    @Test
    void aChatThatBlockedTheBotIsMarkedInactiveOnTheFirst403AndNotTriedAgain() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        add(DAUGHTER, Recipient.SELF, DEC_2025);
        outbox.block(ME, reminders::chatBlocked);

        sendAt("2026-11-01T10:00");
        sendAt("2026-11-01T10:01");
        sendAt("2026-12-01T10:00");

        assertThat(outbox.refused()).containsExactly(ME);
        assertThat(outbox.deliveredTo(DAUGHTER)).hasSize(2);
        assertThat(reminders.store().list(ME)).singleElement().extracting(Reminder::active).isEqualTo(false);
    }

    @Test
    void aBlockedChatThatWritesToTheBotAgainGetsItsRemindersAgain() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        outbox.block(ME, reminders::chatBlocked);
        sendAt("2026-11-01T10:00");

        outbox.unblock(ME);
        clock.set("2026-12-05T18:00");
        reminders.conversation().onCommand(ME, "");

        assertThat(sendAt("2026-12-05T18:01")).isEqualTo(1);
        assertThat(Messages.plain(outbox.deliveredTo(ME).get(0).message())).contains("这个月是最后一个月");
    }

    @Test
    void theRemindersOfAChatBlockedForThreeMonthsAreDeleted() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        reminders.chatBlocked(ME);

        clock.advance(ReminderScheduler.INACTIVE_KEPT.plusDays(1));
        scheduler.runOnce();

        assertThat(reminders.store().list(ME)).isEmpty();
    }

    @Test
    void anOutboxFailureForOneChatDoesNotHoldUpTheOthersAndIsNotRetried() throws Exception {
        add(ME, Recipient.SELF, DEC_2025);
        add(DAUGHTER, Recipient.SELF, DEC_2025);
        List<Long> attempts = new ArrayList<>();
        scheduler = new ReminderScheduler(reminders.store(), (chatId, message) -> {
            attempts.add(chatId);
            if (chatId == ME) {
                throw new ProvokedFailure("queue refused");
            }
        }, clock, TestMenus.supplier());
        open.add(scheduler);

        assertThat(sendAt("2026-11-01T10:00")).isEqualTo(1);
        sendAt("2026-11-01T10:01");

        assertThat(attempts).containsExactlyInAnyOrder(ME, DAUGHTER);
    }
}
