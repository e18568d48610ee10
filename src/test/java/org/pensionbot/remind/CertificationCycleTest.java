package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pensionbot.remind.TestClock.shanghai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pensionbot.remind.CertificationCycle.Phase;
import org.pensionbot.remind.CertificationCycle.Schedule;
import org.pensionbot.remind.CertificationCycle.Stage;

/** Due dates: M+12 ends the cycle, reminders on the 1st of M+11 and M+12 at 10:00 Shanghai time. */
class CertificationCycleTest {

    private static CertificationCycle certifiedIn(String month) {
        return new CertificationCycle(YearMonth.parse(month));
    }

    @Test
    void certifiedInJune2023MeansCertifyAgainByTheEndOfJune2024() {
        // 广东's published example (domain facts F10).
        CertificationCycle cycle = certifiedIn("2023-06");

        assertThat(cycle.deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(cycle.firstReminder()).isEqualTo(shanghai("2024-05-01T10:00"));
        assertThat(cycle.secondReminder()).isEqualTo(shanghai("2024-06-01T10:00"));
    }

    @Test
    void remindersFallDueAtTenInTheMorningShanghaiTimeWhichIsTwoInTheMorningUtc() {
        assertThat(certifiedIn("2025-12").firstReminder()).isEqualTo(Instant.parse("2026-11-01T02:00:00Z"));
    }

    @ParameterizedTest(name = "certified {0}: first {1}, second {2}, last day {3}")
    @CsvSource({
            // across a year end: the reminders fall in different years
            "2025-01, 2025-12-01, 2026-01-01, 2026-01-31",
            "2025-12, 2026-11-01, 2026-12-01, 2026-12-31",
            "2024-11, 2025-10-01, 2025-11-01, 2025-11-30",
            // month lengths: 31, 30, leap and common Februaries
            "2025-03, 2026-02-01, 2026-03-01, 2026-03-31",
            "2025-04, 2026-03-01, 2026-04-01, 2026-04-30",
            "2023-02, 2024-01-01, 2024-02-01, 2024-02-29",
            "2024-02, 2025-01-01, 2025-02-01, 2025-02-28",
            "2027-02, 2028-01-01, 2028-02-01, 2028-02-29",
    })
    void datesOfACycle(String certified, String first, String second, String lastDay) {
        CertificationCycle cycle = certifiedIn(certified);

        assertThat(cycle.firstReminder()).isEqualTo(shanghai(first + "T10:00"));
        assertThat(cycle.secondReminder()).isEqualTo(shanghai(second + "T10:00"));
        assertThat(cycle.deadline()).isEqualTo(LocalDate.parse(lastDay));
    }

    @Test
    void thePhaseChangesAtMidnightInShanghaiNotInUtc() {
        CertificationCycle cycle = certifiedIn("2025-12");

        assertThat(cycle.phaseAt(shanghai("2026-11-30T23:59"))).isEqualTo(Phase.UPCOMING);
        // 16:00 UTC on 30 November is already 1 December in Shanghai.
        assertThat(cycle.phaseAt(Instant.parse("2026-11-30T16:00:00Z"))).isEqualTo(Phase.LAST_MONTH);
        assertThat(cycle.phaseAt(shanghai("2026-12-31T23:59"))).isEqualTo(Phase.LAST_MONTH);
        assertThat(cycle.phaseAt(shanghai("2027-01-01T00:00"))).isEqualTo(Phase.OVERDUE);
    }

    @Test
    void aNewCycleStartsWithTheFirstReminder() {
        Schedule plan = certifiedIn("2026-05").planFrom(shanghai("2026-11-28T12:00"));

        assertThat(plan).isEqualTo(new Schedule(YearMonth.of(2026, 5), Stage.FIRST, shanghai("2027-04-01T10:00")));
    }

    @Test
    void aCycleSetUpAfterItsFirstReminderTimeStartsWithTheSecond() {
        // Certified in December 2025, set up on 28 November 2026: the first reminder (1 November) is past.
        Schedule plan = certifiedIn("2025-12").planFrom(shanghai("2026-11-28T12:00"));

        assertThat(plan).isEqualTo(new Schedule(YearMonth.of(2025, 12), Stage.SECOND, shanghai("2026-12-01T10:00")));
    }

    @Test
    void aCycleThatHasAlreadyEndedIsDueAtOnce() {
        Instant now = shanghai("2026-11-28T12:00");

        Schedule plan = certifiedIn("2025-06").planFrom(now);

        assertThat(plan.stage()).isEqualTo(Stage.SECOND);
        assertThat(plan.dueAt()).isEqualTo(now);
    }

    @Test
    void afterTheFirstReminderComesTheSecondAtTheStartOfTheLastMonth() {
        Schedule next = certifiedIn("2025-12").planAfterSending(Stage.FIRST, shanghai("2026-11-01T10:00"));

        assertThat(next).isEqualTo(new Schedule(YearMonth.of(2025, 12), Stage.SECOND, shanghai("2026-12-01T10:00")));
    }

    @Test
    void afterTheSecondReminderTheNextCycleCountsFromTheLastMonth() {
        // Nobody pressed "我已认证": assume certification in December 2026 and remind again before December 2027.
        Schedule next = certifiedIn("2025-12").planAfterSending(Stage.SECOND, shanghai("2026-12-01T10:00"));

        assertThat(next).isEqualTo(new Schedule(YearMonth.of(2026, 12), Stage.FIRST, shanghai("2027-11-01T10:00")));
    }

    @Test
    void aFirstReminderSentLateAfterTheSecondWasDueStandsForBoth() {
        // The bot was down from October to 3 December: one message, then next year.
        Schedule next = certifiedIn("2025-12").planAfterSending(Stage.FIRST, shanghai("2026-12-03T09:00"));

        assertThat(next).isEqualTo(new Schedule(YearMonth.of(2026, 12), Stage.FIRST, shanghai("2027-11-01T10:00")));
    }

    @Test
    void cyclesThatEndedWhileTheBotWasDownAreSkipped() {
        Instant now = shanghai("2028-03-15T12:00");

        Schedule next = certifiedIn("2025-12").planAfterSending(Stage.FIRST, now);

        assertThat(next.dueAt()).isAfter(now);
        assertThat(next).isEqualTo(new Schedule(YearMonth.of(2027, 12), Stage.FIRST, shanghai("2028-11-01T10:00")));
    }
}
