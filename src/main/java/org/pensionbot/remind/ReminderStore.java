package org.pensionbot.remind;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.pensionbot.remind.CertificationCycle.Schedule;
import org.pensionbot.remind.CertificationCycle.Stage;
import org.pensionbot.store.Database;

/**
 * The {@code reminder} table (migration {@code V2__reminders.sql}): reminders per chat, what is
 * due, and the atomic claim that lets any number of schedulers share one database.
 *
 * <p>Every method that takes a chat id acts only on that chat's rows, so a forged button carrying
 * another chat's reminder id finds nothing. Methods throw {@link SQLException} when the database
 * fails; callers decide what the user is told. Thread-safe (the {@link Database} serialises calls).
 */
public final class ReminderStore {

    /** Reminders one chat may keep. */
    public static final int MAX_PER_CHAT = 5;

    private static final String COLUMNS = "id, chat_id, slot, label, for_self, certified_month, month_known, stage, "
            + "next_due_at, version, inactive_since";

    private final Database database;
    private final Clock clock;
    private final Random ids;

    public ReminderStore(Database database, Clock clock) {
        this(database, clock, new SecureRandom());
    }

    ReminderStore(Database database, Clock clock, Random ids) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Adds a reminder for {@code recipient} whose cycle counts from {@code lastCertified}. When the
     * chat already has one for the same recipient (a second tap on the same button, or 妈妈 set up
     * again) that one is restarted from the new month instead. Empty when the chat already has
     * {@link #MAX_PER_CHAT} reminders for other people.
     *
     * @param monthKnown true when the user picked the month; false for "不记得了" (counted from now)
     */
    public Optional<Reminder> add(long chatId, Recipient recipient, YearMonth lastCertified, boolean monthKnown)
            throws SQLException {
        Instant now = clock.instant();
        Schedule plan = new CertificationCycle(lastCertified).planFrom(now);
        return database.transaction(c -> {
            List<Reminder> existing = list(c, chatId);
            for (Reminder reminder : existing) {
                if (reminder.recipient().label().equals(recipient.label())) {
                    restart(c, chatId, reminder.id(), plan, monthKnown, now);
                    return find(c, chatId, reminder.id());
                }
            }
            if (existing.size() >= MAX_PER_CHAT) {
                return Optional.empty();
            }
            long id = newId();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO reminder (id, chat_id, slot, label, for_self, "
                    + "certified_month, month_known, stage, next_due_at, version, inactive_since, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, ?, ?)")) {
                insert.setLong(1, id);
                insert.setLong(2, chatId);
                insert.setInt(3, freeSlot(existing));
                insert.setString(4, recipient.label());
                insert.setBoolean(5, recipient.self());
                insert.setInt(6, toColumn(plan.lastCertified()));
                insert.setBoolean(7, monthKnown);
                insert.setString(8, plan.stage().column());
                insert.setLong(9, plan.dueAt().toEpochMilli());
                insert.setLong(10, now.toEpochMilli());
                insert.setLong(11, now.toEpochMilli());
                insert.executeUpdate();
            }
            // A user who sets up a reminder can be written to again.
            activate(c, chatId);
            return find(c, chatId, id);
        });
    }

    /** The chat's reminders, in list order. */
    public List<Reminder> list(long chatId) throws SQLException {
        return database.call(c -> list(c, chatId));
    }

    public Optional<Reminder> find(long chatId, long id) throws SQLException {
        return database.call(c -> find(c, chatId, id));
    }

    /**
     * Starts the reminder's cycle again from {@code lastCertified}: after "我已认证" (the current
     * month) or when the user corrects the month. Empty when the chat has no such reminder.
     *
     * @param monthKnown false when the user chose "不记得了" (counted from now)
     */
    public Optional<Reminder> restart(long chatId, long id, YearMonth lastCertified, boolean monthKnown)
            throws SQLException {
        Instant now = clock.instant();
        Schedule plan = new CertificationCycle(lastCertified).planFrom(now);
        return database.transaction(c -> {
            if (restart(c, chatId, id, plan, monthKnown, now) == 0) {
                return Optional.empty();
            }
            activate(c, chatId);
            return find(c, chatId, id);
        });
    }

    /** Deletes one reminder; false when the chat has no such reminder. */
    public boolean delete(long chatId, long id) throws SQLException {
        return database.call(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM reminder WHERE chat_id = ? AND id = ?")) {
                delete.setLong(1, chatId);
                delete.setLong(2, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** Deletes everything kept about the chat ({@code /remind off}); returns how many reminders it had. */
    public int deleteChat(long chatId) throws SQLException {
        return database.call(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM reminder WHERE chat_id = ?")) {
                delete.setLong(1, chatId);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Stops sending to a chat that blocked the bot (Telegram answered 403). Its reminders stay
     * until the user comes back ({@link #markChatActive}) or {@link #purgeInactiveSince} removes them.
     */
    public int markChatInactive(long chatId) throws SQLException {
        return database.call(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE reminder SET inactive_since = ? WHERE chat_id = ? AND inactive_since IS NULL")) {
                update.setLong(1, clock.millis());
                update.setLong(2, chatId);
                return update.executeUpdate();
            }
        });
    }

    /** The user wrote to the bot again, so it is no longer blocked: resume the chat's reminders. */
    public int markChatActive(long chatId) throws SQLException {
        return database.call(c -> activate(c, chatId));
    }

    /** Deletes the reminders of chats inactive since before {@code cutoff}; returns how many. */
    public int purgeInactiveSince(Instant cutoff) throws SQLException {
        return database.call(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM reminder WHERE inactive_since < ?")) {
                delete.setLong(1, cutoff.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }

    /** Active reminders due at {@code now}, earliest first, at most {@code limit}. */
    public List<Reminder> due(Instant now, int limit) throws SQLException {
        return database.call(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM reminder "
                    + "WHERE inactive_since IS NULL AND next_due_at <= ? ORDER BY next_due_at, id LIMIT ?")) {
                select.setLong(1, now.toEpochMilli());
                select.setInt(2, limit);
                return read(select);
            }
        });
    }

    /**
     * Takes a due reminder for sending by moving it on to {@code next} in one statement, which
     * succeeds only if nobody changed the row since it was read: exactly one of several
     * schedulers (threads, processes or bot instances) wins, and a reminder the user edited or
     * deleted meanwhile is not sent. On PostgreSQL a concurrent claim waits for the row lock and
     * then finds the version moved on; on SQLite writers take turns on the file.
     *
     * <p>A next cycle that nobody confirmed counts from a month the user never gave: it is stored
     * as not known, so that the texts do not claim the person certified then.
     *
     * @return true when this caller won and must send the reminder
     */
    public boolean claim(Reminder due, Schedule next) throws SQLException {
        boolean monthKnown = due.monthKnown() && next.lastCertified().equals(due.lastCertified());
        return database.call(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE reminder SET certified_month = ?, month_known = ?, "
                    + "stage = ?, next_due_at = ?, version = version + 1, updated_at = ? "
                    + "WHERE id = ? AND version = ? AND inactive_since IS NULL")) {
                update.setInt(1, toColumn(next.lastCertified()));
                update.setBoolean(2, monthKnown);
                update.setString(3, next.stage().column());
                update.setLong(4, next.dueAt().toEpochMilli());
                update.setLong(5, clock.millis());
                update.setLong(6, due.id());
                update.setInt(7, due.version());
                return update.executeUpdate() == 1;
            }
        });
    }

    private static int restart(Connection c, long chatId, long id, Schedule plan, boolean monthKnown, Instant now)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE reminder SET certified_month = ?, month_known = ?, "
                + "stage = ?, next_due_at = ?, version = version + 1, updated_at = ? WHERE chat_id = ? AND id = ?")) {
            update.setInt(1, toColumn(plan.lastCertified()));
            update.setBoolean(2, monthKnown);
            update.setString(3, plan.stage().column());
            update.setLong(4, plan.dueAt().toEpochMilli());
            update.setLong(5, now.toEpochMilli());
            update.setLong(6, chatId);
            update.setLong(7, id);
            return update.executeUpdate();
        }
    }

    private static int activate(Connection c, long chatId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE reminder SET inactive_since = ? WHERE chat_id = ? AND inactive_since IS NOT NULL")) {
            update.setNull(1, Types.BIGINT);
            update.setLong(2, chatId);
            return update.executeUpdate();
        }
    }

    private static List<Reminder> list(Connection c, long chatId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM reminder WHERE chat_id = ? ORDER BY slot")) {
            select.setLong(1, chatId);
            return read(select);
        }
    }

    private static Optional<Reminder> find(Connection c, long chatId, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM reminder WHERE chat_id = ? AND id = ?")) {
            select.setLong(1, chatId);
            select.setLong(2, id);
            return read(select).stream().findFirst();
        }
    }

    private static List<Reminder> read(PreparedStatement select) throws SQLException {
        List<Reminder> reminders = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                rows.getLong("inactive_since");
                boolean active = rows.wasNull();   // no time of blocking: active
                reminders.add(new Reminder(
                        rows.getLong("id"),
                        rows.getLong("chat_id"),
                        rows.getInt("slot"),
                        new Recipient(rows.getString("label"), rows.getBoolean("for_self")),
                        fromColumn(rows.getInt("certified_month")),
                        rows.getBoolean("month_known"),
                        Stage.ofColumn(rows.getString("stage")),
                        Instant.ofEpochMilli(rows.getLong("next_due_at")),
                        rows.getInt("version"),
                        active));
            }
        }
        return reminders;
    }

    private static int freeSlot(List<Reminder> existing) {
        for (int slot = 1; ; slot++) {
            int candidate = slot;
            if (existing.stream().noneMatch(r -> r.slot() == candidate)) {
                return slot;
            }
        }
    }

    private long newId() {
        long id;
        do {
            id = ids.nextLong() & Long.MAX_VALUE;
        } while (id == 0);
        return id;
    }

    static int toColumn(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static YearMonth fromColumn(int yyyymm) {
        return YearMonth.of(yyyymm / 100, yyyymm % 100);
    }
}
