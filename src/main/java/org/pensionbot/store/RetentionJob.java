package org.pensionbot.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes question events and feedback older than {@code RETENTION_DAYS}: once at
 * {@link #startDaily()} and every 24 hours after, on one daemon thread that never keeps the JVM
 * alive. A failed run is logged and retried the next day. Thread-safe; {@link #close()} stops it.
 */
public final class RetentionJob implements AutoCloseable {

    static final Duration PERIOD = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    /** What one run deleted. */
    public record Deleted(int events, int feedback) {
    }

    private final Database database;
    private final int retentionDays;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    RetentionJob(Database database, int retentionDays, Clock clock) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1 (was " + retentionDays + ")");
        }
        this.database = database;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    /** Deletes, now, every row older than the retention period as measured by the clock. */
    public Deleted runOnce() throws SQLException {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        Deleted deleted = new Deleted(deleteBefore("question_event", cutoff), deleteBefore("feedback", cutoff));
        if (deleted.events() > 0 || deleted.feedback() > 0) {
            log.info("Retention: deleted {} question events and {} feedback rows older than {} days",
                    deleted.events(), deleted.feedback(), retentionDays);
        }
        return deleted;
    }

    /** Runs now (in the background) and then daily. Calling it again does nothing. */
    public synchronized void startDaily() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pension-bot-retention");
            thread.setDaemon(true);
            return thread;
        });
        // Starting at once rather than a day later: a bot restarted more often than daily would otherwise never purge.
        scheduler.scheduleAtFixedRate(this::runLogged, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private void runLogged() {
        try {
            runOnce();
        } catch (SQLException | RuntimeException e) {
            // An exception escaping here would cancel all future runs of the scheduled task.
            log.warn("Retention run failed, will retry in {} hours: {}", PERIOD.toHours(), Database.oneLine(e.getMessage()));
        }
    }

    private int deleteBefore(String table, Instant cutoff) throws SQLException {
        return database.call(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE occurred_at < ?")) {
                delete.setLong(1, cutoff.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }
}
