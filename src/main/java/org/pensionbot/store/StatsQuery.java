package org.pensionbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pensionbot.dialog.Action;

/** The SQL behind {@link Stats}. Aggregation happens in the database; only small result sets come back. */
final class StatsQuery {

    static final int TOP_ENTRIES = 10;
    static final int FEEDBACK_ENTRIES = 15;

    private StatsQuery() {
    }

    static Stats run(Database database, LocalDate today, int days) throws SQLException {
        Instant dayStart = Reports.startOf(today);
        Instant periodStart = Reports.startOf(today.minusDays(days - 1L));
        return database.call(c -> new Stats(today, days, counts(c, dayStart), counts(c, periodStart),
                topEntries(c, periodStart), feedback(c, periodStart)));
    }

    private static Stats.Counts counts(Connection c, Instant since) throws SQLException {
        int answered = 0;
        int clarified = 0;
        int fallback = 0;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT action, COUNT(*) FROM question_event WHERE occurred_at >= ? GROUP BY action")) {
            select.setLong(1, since.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String action = rows.getString(1);
                    int count = rows.getInt(2);
                    if (action.equals(Action.ANSWER.wireName())) {
                        answered = count;
                    } else if (action.equals(Action.CLARIFY.wireName())) {
                        clarified = count;
                    } else if (action.equals(Action.FALLBACK.wireName())) {
                        fallback = count;
                    }
                }
            }
        }
        try (PreparedStatement select = c.prepareStatement("SELECT COUNT(DISTINCT chat_hash) FROM question_event "
                + "WHERE occurred_at >= ? AND action <> '" + Action.SMALLTALK.wireName() + "'")) {
            select.setLong(1, since.toEpochMilli());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Stats.Counts(answered, clarified, fallback, row.getInt(1));
            }
        }
    }

    private static List<Stats.EntryCount> topEntries(Connection c, Instant since) throws SQLException {
        List<Stats.EntryCount> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT entry_id, COUNT(*) AS answers FROM question_event "
                + "WHERE occurred_at >= ? AND action = '" + Action.ANSWER.wireName() + "' AND entry_id IS NOT NULL "
                + "GROUP BY entry_id ORDER BY answers DESC, entry_id LIMIT " + TOP_ENTRIES)) {
            select.setLong(1, since.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Stats.EntryCount(rows.getString(1), rows.getInt(2)));
                }
            }
        }
        return entries;
    }

    private static List<Stats.EntryFeedback> feedback(Connection c, Instant since) throws SQLException {
        List<Stats.EntryFeedback> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT entry_id, "
                + "SUM(CASE WHEN helpful THEN 1 ELSE 0 END), SUM(CASE WHEN helpful THEN 0 ELSE 1 END) "
                + "FROM feedback WHERE occurred_at >= ? GROUP BY entry_id")) {
            select.setLong(1, since.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Stats.EntryFeedback(rows.getString(1), rows.getInt(2), rows.getInt(3)));
                }
            }
        }
        // The 👎 first: an answer people find unhelpful is the one an admin should fix next.
        entries.sort(Comparator.comparingInt(Stats.EntryFeedback::unhelpful).reversed()
                .thenComparing(Comparator.comparingInt(Stats.EntryFeedback::helpful).reversed())
                .thenComparing(Stats.EntryFeedback::entryId));
        return entries.size() > FEEDBACK_ENTRIES ? entries.subList(0, FEEDBACK_ENTRIES) : entries;
    }
}
