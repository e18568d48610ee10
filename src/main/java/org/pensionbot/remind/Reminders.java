package org.pensionbot.remind;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.pensionbot.corpus.Menus;
import org.pensionbot.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The yearly certification reminders, ready to plug into a channel:
 * <pre>{@code
 * Reminders reminders = Reminders.create(storage.database(), Clock.systemUTC(), () -> engine.corpus().menus());
 * ReminderConversation conversation = reminders.conversation();  // /remind, r:... choices, typed text
 * reminders.start(outbox);                                         // once the channel can send
 * ... on Telegram 403 for a chat:  reminders.chatBlocked(chatId);
 * reminders.close();                                               // before closing the outbox
 * }</pre>
 *
 * <p>The reminders live in the {@code reminder} table of the bot's database, so they survive
 * restarts and work the same on SQLite and PostgreSQL. Thread-safe.
 */
public final class Reminders implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final ReminderStore store;
    private final ReminderConversation conversation;
    private final Clock clock;
    private final MeterRegistry meters;
    private ReminderScheduler scheduler;

    private final Supplier<Menus> menus;

    private Reminders(ReminderStore store, Clock clock, Supplier<Menus> menus, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.menus = menus;
        this.meters = meters;
        this.conversation = new ReminderConversation(store, clock, menus);
    }

    /**
     * @param database opened through {@code Storage}, so that migration V2 has created the table
     * @param clock the time reminders are due by; tests pass their own
     * @param menus the served corpus's menus, asked afresh for every message (they follow reloads)
     */
    public static Reminders create(Database database, Clock clock, Supplier<Menus> menus) {
        return create(database, clock, menus, new SimpleMeterRegistry());
    }

    /** Like {@link #create(Database, Clock, Supplier)}, counting reminders sent and failed in {@code meters}. */
    public static Reminders create(Database database, Clock clock, Supplier<Menus> menus, MeterRegistry meters) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(menus, "menus");
        return new Reminders(new ReminderStore(database, clock), clock, menus, Objects.requireNonNull(meters, "meters"));
    }

    public ReminderConversation conversation() {
        return conversation;
    }

    public ReminderStore store() {
        return store;
    }

    /** Starts sending due reminders through {@code outbox}, at once and then every minute. Once only. */
    public synchronized void start(ReminderOutbox outbox) {
        if (scheduler != null) {
            throw new IllegalStateException("reminders are already being sent");
        }
        scheduler = new ReminderScheduler(store, outbox, clock, menus, meters);
        scheduler.start();
    }

    /**
     * Telegram refused a message to {@code chatId} with 403: the user blocked the bot or left. Its
     * reminders stop (nothing is retried) until the user writes to the bot again. Never throws.
     */
    public void chatBlocked(long chatId) {
        try {
            int stopped = store.markChatInactive(chatId);
            if (stopped > 0) {
                log.info("chat {}: blocked the bot; {} reminder(s) paused", Reminder.maskChat(chatId), stopped);
            }
        } catch (SQLException e) {
            log.warn("chat {}: blocked the bot, but its reminders could not be paused: {}", Reminder.maskChat(chatId),
                    e.getMessage());
        }
    }

    /** Stops the scheduler; the database belongs to the caller. Idempotent. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.close();
        }
    }
}
