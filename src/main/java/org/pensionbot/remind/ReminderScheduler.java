package org.pensionbot.remind;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.pensionbot.concurrent.ThreadPools;
import org.pensionbot.corpus.Menus;
import org.pensionbot.remind.CertificationCycle.Schedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reminders when they fall due: checks the database every {@link #POLL_INTERVAL}, and once
 * at {@link #start()}, so a reminder that fell due while the bot was down goes out right after
 * start-up.
 *
 * <p><b>Once, never twice.</b> Each due reminder is claimed with
 * {@link ReminderStore#claim} (one conditional UPDATE) before it is handed to the outbox, so any
 * number of schedulers on one database (threads, restarts, two bot instances) send it once. The
 * claim also moves the reminder on to its next date, so a restart never sends it again. The price
 * is "at most once": a message the outbox accepts and then loses (Telegram unreachable for longer
 * than its retries) is not sent again, and the next reminder of the cycle follows as planned.
 *
 * <p>Messages go out only between {@link #CIVIL_FROM} and {@link #CIVIL_UNTIL} Shanghai time: the
 * regular ones are due at 10:00, and those that fell due while the bot was down wait for morning
 * rather than wake anyone at night. A bot down past both reminders of a cycle sends one late
 * reminder, not two. Chats that blocked the bot get nothing ({@link Reminders#chatBlocked}), and
 * their reminders are deleted after {@link #INACTIVE_KEPT}.
 *
 * <p>Thread-safe. {@link #close()} stops the polling thread; call it before closing the outbox.
 */
public final class ReminderScheduler implements AutoCloseable {

    public static final Duration POLL_INTERVAL = Duration.ofMinutes(1);

    /** Metric name of the reminders sent and failed. */
    public static final String SENT_METER = "pensionbot.reminders";

    /** No reminder is sent before this local time... */
    public static final LocalTime CIVIL_FROM = LocalTime.of(9, 0);
    /** ...or from this local time on. */
    public static final LocalTime CIVIL_UNTIL = LocalTime.of(20, 0);

    /** How long the reminders of a chat that blocked the bot are kept in case the user comes back. */
    public static final Duration INACTIVE_KEPT = Duration.ofDays(90);

    /** Reminders read per query; a poll reads batches until nothing is due. */
    static final int BATCH = 200;
    /** Upper bound of batches per poll, so that one poll always ends. */
    private static final int MAX_BATCHES = 100;
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final ReminderStore store;
    private final ReminderOutbox outbox;
    private final Clock clock;
    private final Supplier<Menus> menus;
    private final Counter sentCount;
    private final Counter failedCount;
    private final Object pollLock = new Object();
    private ScheduledExecutorService executor;
    private Instant nextPurge = Instant.MIN;

    /** @param menus the corpus's menus: which how-to a reminder links */
    public ReminderScheduler(ReminderStore store, ReminderOutbox outbox, Clock clock, Supplier<Menus> menus) {
        this(store, outbox, clock, menus, new SimpleMeterRegistry());
    }

    /**
     * @param menus the corpus's menus: which how-to a reminder links
     * @param meters counts {@value #SENT_METER} by outcome: {@code sent} when a claimed reminder was
     *     handed to the outbox, {@code failed} when it was claimed but could not be handed over or a
     *     check of the database failed (Telegram's own refusals are counted by the channel)
     */
    public ReminderScheduler(ReminderStore store, ReminderOutbox outbox, Clock clock, Supplier<Menus> menus,
                             MeterRegistry meters) {
        this.store = Objects.requireNonNull(store, "store");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.menus = Objects.requireNonNull(menus, "menus");
        this.sentCount = Counter.builder(SENT_METER).tag("outcome", "sent")
                .description("Certification reminders handed to the channel").register(meters);
        this.failedCount = Counter.builder(SENT_METER).tag("outcome", "failed")
                .description("Reminder checks or hand-overs that failed").register(meters);
    }

    /** Polls now and then every {@link #POLL_INTERVAL} on a daemon thread, until {@link #close()}. */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("the reminder scheduler is already started");
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pension-remind");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pollSafely, 0, POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Reminder scheduler started: checking every {} s", POLL_INTERVAL.toSeconds());
    }

    /**
     * Claims and sends everything due now; returns how many reminders this call sent. Database
     * failures are logged and end the poll early; the next poll tries again.
     */
    public int runOnce() {
        synchronized (pollLock) {
            Instant now = clock.instant();
            purgeIfDue(now);
            if (!isCivilHour(now)) {
                return 0;
            }
            int sent = 0;
            try {
                for (int batch = 0; batch < MAX_BATCHES; batch++) {
                    List<Reminder> due = store.due(now, BATCH);
                    for (Reminder reminder : due) {
                        sent += sendIfClaimed(reminder, now) ? 1 : 0;
                    }
                    if (due.size() < BATCH) {
                        break;
                    }
                }
            } catch (SQLException e) {
                failedCount.increment();
                log.warn("Reminder check failed after {} sent ({}); trying again in {} s", sent, e.getMessage(),
                        POLL_INTERVAL.toSeconds());
            }
            if (sent > 0) {
                log.info("Sent {} certification reminder(s)", sent);
            }
            return sent;
        }
    }

    private boolean sendIfClaimed(Reminder reminder, Instant now) throws SQLException {
        Schedule next = reminder.cycle().planAfterSending(reminder.stage(), now);
        if (!store.claim(reminder, next)) {
            return false;    // another scheduler sent it, or the user changed it meanwhile
        }
        ReminderMessage message = new ReminderMessage(ReminderTexts.reminderHeading(reminder),
                ReminderTexts.reminder(reminder, now, next), ReminderChoices.underReminder(reminder, menus.get()), Optional.empty());
        try {
            outbox.send(reminder.chatId(), message);
        } catch (RuntimeException e) {
            log.error("chat {}: reminder in slot {} claimed but not handed to the outbox; it is not retried",
                    reminder.maskedChat(), reminder.slot(), e);
            failedCount.increment();
            return false;
        }
        sentCount.increment();
        return true;
    }

    static boolean isCivilHour(Instant now) {
        LocalTime local = now.atZone(CertificationCycle.ZONE).toLocalTime();
        return !local.isBefore(CIVIL_FROM) && local.isBefore(CIVIL_UNTIL);
    }

    private void purgeIfDue(Instant now) {
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(PURGE_INTERVAL);
        try {
            int purged = store.purgeInactiveSince(now.minus(INACTIVE_KEPT));
            if (purged > 0) {
                log.info("Deleted {} reminder(s) of chats that blocked the bot more than {} days ago", purged,
                        INACTIVE_KEPT.toDays());
            }
        } catch (SQLException e) {
            log.warn("Could not delete reminders of blocked chats ({}); trying again later", e.getMessage());
        }
    }

    private void pollSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // An exception would cancel the periodic task: log it and keep polling.
            log.error("Reminder check failed", e);
        }
    }

    /** Stops polling, waiting for a poll in progress to finish handing its messages over. Idempotent. */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        ThreadPools.stop(executor, Duration.ofSeconds(5));
    }
}
