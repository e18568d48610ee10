package org.pensionbot.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Read-only reports for admins: {@link Stats} and the {@link UnansweredReport}. Periods are whole
 * calendar days in {@link #ZONE}, where the bot's users live, whatever the server's time zone.
 * Render them with {@link ReportText} or {@link UnansweredTsv}.
 *
 * <p>Thread-safe. A failed read throws {@link StoreException} with one line to show the admin;
 * reports are never on the answering path.
 */
public final class Reports {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int DEFAULT_DAYS = 7;
    public static final int DEFAULT_UNANSWERED_LIMIT = 10;
    /** Longest period a report may cover; events are kept at most {@code RETENTION_DAYS} anyway. */
    public static final int MAX_DAYS = 3_660;

    private final Database database;
    private final Clock clock;

    public Reports(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Questions today and in the {@code days} days ending today (today included). */
    public Stats stats(int days) {
        checkDays(days);
        try {
            return StatsQuery.run(database, today(), days);
        } catch (SQLException e) {
            throw failed("statistics", e);
        }
    }

    /** The {@code limit} most frequent groups of fallback and clarify questions of the last {@code days} days. */
    public UnansweredReport unanswered(int days, int limit) {
        checkDays(days);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 (was " + limit + ")");
        }
        try {
            return UnansweredQuery.run(database, today(), days, limit);
        } catch (SQLException e) {
            throw failed("unanswered questions", e);
        }
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static void checkDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + " (was " + days + ")");
        }
    }

    private StoreException failed(String what, SQLException e) {
        return new StoreException("Cannot read " + what + " from " + database.displayUrl() + ": " + Database.oneLine(e.getMessage()), e);
    }
}
