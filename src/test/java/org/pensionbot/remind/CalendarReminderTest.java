package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.store.Database;

/** The web's calendar file says what the Telegram reminder says, in iCalendar's own escaping and folding. */
class CalendarReminderTest {

    static final long CHAT = 6_100_200_300L;

    @TempDir
    Path dir;

    final TestClock clock = TestClock.at("2026-11-28T12:00");
    Database database;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:sqlite:" + dir.resolve("pension-bot.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theEventFallsOnTheFirstTelegramReminderAndCarriesItsTitle() throws Exception {
        Reminders reminders = Reminders.create(database, clock, TestMenus.supplier());
        reminders.store().add(CHAT, Recipient.relative("妈妈"), YearMonth.of(2026, 5), true);
        RecordingOutbox outbox = new RecordingOutbox();
        ReminderScheduler scheduler = new ReminderScheduler(reminders.store(), outbox, clock, TestMenus.supplier());
        clock.set("2027-04-01T10:00");   // the first reminder of the cycle
        scheduler.runOnce();
        String telegram = Messages.plain(outbox.deliveredTo(CHAT).get(0).message());

        CalendarReminder calendar = new CalendarReminder(YearMonth.of(2026, 5), true, "m");

        assertThat(telegram).contains(calendar.summary());
        assertThat(calendar.ics(clock.instant())).contains("DTSTART;TZID=Asia/Shanghai:20270401T100000", "RRULE:FREQ=YEARLY");
    }

    @Test
    void theEventTextHoldsEveryYearItRepeats() {
        // It used to be the first cycle's Telegram text: "上次认证是在 2026年5月…2027年5月31日 前…",
        // still shown in 2029.
        String text = new CalendarReminder(YearMonth.of(2026, 5), true, "m").description();

        assertThat(text).contains("「妈妈」一般每年要在 5月底 前认证一次", "本人在手机前刷脸", "12333", ReminderTexts.CALENDAR_CLOSING)
                .doesNotContainPattern("20\\d\\d");
    }

    @Test
    void textValuesAreEscapedAsRfc5545Says() {
        assertThat(CalendarReminder.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        String content = "DESCRIPTION:" + "养老金资格认证".repeat(20);

        CalendarReminder.line(out, content);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines.length).isGreaterThan(5);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo(content + "\r\n");
    }
}
