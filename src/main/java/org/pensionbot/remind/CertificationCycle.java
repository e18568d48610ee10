package org.pensionbot.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One certification cycle and when to remind about it, in Asia/Shanghai time.
 *
 * <p>The national rule is "generally once every 12 months, no fixed national date" and several
 * provinces count it month by month (广东: certified in June 2023, certify again by the end of June
 * 2024). So a cycle that starts in month M ends on the last day of month M+12. The first reminder
 * goes out at {@link #REMINDER_TIME} on the 1st of month M+11, about a month before; the second at
 * the same time on the 1st of month M+12, the last month. {@link YearMonth} does the calendar
 * work: year ends, 28 to 31 day months and leap Februaries.
 *
 * <p>Local rules can differ (fixed windows, birthday months, half-yearly checks); the texts say so
 * and point to 12333. Immutable and thread-safe.
 *
 * @param lastCertified the month the person last certified (or, after "不记得了", the month the
 *     reminder was set up)
 */
public record CertificationCycle(YearMonth lastCertified) {

    /** Where the pensioners live; every date and hour here is local time there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Length of a cycle in months. */
    public static final int CYCLE_MONTHS = 12;

    /** The local time of day reminders fall due: mid-morning, a civil hour for elderly readers. */
    public static final LocalTime REMINDER_TIME = LocalTime.of(10, 0);

    /** How far, in time, a moment is from the end of a cycle. */
    public enum Phase {
        /** Before the last month of the cycle. */
        UPCOMING,
        /** In the last month: certify by its last day. */
        LAST_MONTH,
        /** After the last day of the cycle. */
        OVERDUE
    }

    public CertificationCycle {
        Objects.requireNonNull(lastCertified, "lastCertified");
    }

    /** The local month {@code instant} falls in. */
    public static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(ZONE));
    }

    /** The last month of the cycle: certify again before it ends. */
    public YearMonth dueMonth() {
        return lastCertified.plusMonths(CYCLE_MONTHS);
    }

    /** The last day of the cycle. */
    public LocalDate deadline() {
        return dueMonth().atEndOfMonth();
    }

    /** 10:00 on the 1st of the month before the last month. */
    public Instant firstReminder() {
        return reminderOn(dueMonth().minusMonths(1));
    }

    /** 10:00 on the 1st of the last month. */
    public Instant secondReminder() {
        return reminderOn(dueMonth());
    }

    /** The next cycle, as if the person certified in the last month of this one. */
    public CertificationCycle next() {
        return new CertificationCycle(dueMonth());
    }

    public Phase phaseAt(Instant now) {
        if (now.isBefore(dueMonth().atDay(1).atStartOfDay(ZONE).toInstant())) {
            return Phase.UPCOMING;
        }
        if (now.isBefore(deadline().plusDays(1).atStartOfDay(ZONE).toInstant())) {
            return Phase.LAST_MONTH;
        }
        return Phase.OVERDUE;
    }

    /**
     * The next reminder of a cycle that is set up (or restarted) at {@code now}: the first one if
     * it is still ahead, else the second one, else the second one at once (the cycle has already
     * ended; only an out-of-date month can lead here).
     */
    public Schedule planFrom(Instant now) {
        if (now.isBefore(firstReminder())) {
            return new Schedule(lastCertified, Stage.FIRST, firstReminder());
        }
        if (now.isBefore(secondReminder())) {
            return new Schedule(lastCertified, Stage.SECOND, secondReminder());
        }
        return new Schedule(lastCertified, Stage.SECOND, now);
    }

    /**
     * What follows once the reminder of {@code sent} has been sent at {@code now}. After the first
     * reminder comes the second, unless its time has passed too (the bot was down): one late
     * message stands for both. After the second, the reminders carry on with the next cycle, as if
     * the person certified in the last month, so that forgetting to press "我已认证" does not end
     * them; cycles that ended while the bot was down are skipped, so nothing is due at once.
     */
    public Schedule planAfterSending(Stage sent, Instant now) {
        if (sent == Stage.FIRST && now.isBefore(secondReminder())) {
            return new Schedule(lastCertified, Stage.SECOND, secondReminder());
        }
        CertificationCycle next = next();
        while (!now.isBefore(next.firstReminder())) {
            next = next.next();
        }
        return new Schedule(next.lastCertified, Stage.FIRST, next.firstReminder());
    }

    private static Instant reminderOn(YearMonth month) {
        return month.atDay(1).atTime(REMINDER_TIME).atZone(ZONE).toInstant();
    }

    /** Which of a cycle's two reminders comes next. */
    public enum Stage {
        FIRST("first"),
        SECOND("second");

        private final String column;

        Stage(String column) {
            this.column = column;
        }

        /** The value stored in {@code reminder.stage}. */
        String column() {
            return column;
        }

        static Stage ofColumn(String value) {
            for (Stage stage : values()) {
                if (stage.column.equals(value)) {
                    return stage;
                }
            }
            throw new IllegalArgumentException("unknown reminder stage '" + value + "'");
        }
    }

    /**
     * The next reminder to send.
     *
     * @param lastCertified the month its cycle counts from
     * @param stage which of that cycle's reminders it is
     * @param dueAt when it is due
     */
    public record Schedule(YearMonth lastCertified, Stage stage, Instant dueAt) {

        public Schedule {
            Objects.requireNonNull(lastCertified, "lastCertified");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(dueAt, "dueAt");
        }

        public CertificationCycle cycle() {
            return new CertificationCycle(lastCertified);
        }
    }
}
