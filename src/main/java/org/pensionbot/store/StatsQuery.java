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
import java.util.Map;
import java.util.TreeMap;
import org.pensionbot.dialog.Action;

/** The SQL behind {@link Stats}. Aggregation happens in the database; only small result sets come back. */
final class StatsQuery {

    static final int TOP_ENTRIES = 10;
    static final int FEEDBACK_ENTRIES = 15;

    // The key of the one row when the counts are not split by channel.
    private static final String ALL = "";

    private StatsQuery() {
    }

    static Stats run(Database database, LocalDate today, int days) throws SQLException {
        Instant dayStart = Reports.startOf(today);
        Instant periodStart = Reports.startOf(today.minusDays(days - 1L));
        return database.call(c -> new Stats(today, days, counts(c, dayStart), counts(c, periodStart),
                topEntries(c, periodStart), feedback(c, periodStart), channels(c, periodStart)));
    }

    private static Stats.Counts counts(Connection c, Instant since) throws SQLException {
        return byChannel(c, since, false).getOrDefault(ALL, Stats.Counts.NONE);
    }

    /** Per channel, most questions first; a channel with only small talk is left out. */
    private static List<Stats.ChannelCounts> channels(Connection c, Instant since) throws SQLException {
        return byChannel(c, since, true).entrySet().stream()
                .filter(channel -> channel.getValue().questions() > 0)
                .map(channel -> new Stats.ChannelCounts(channel.getKey(), channel.getValue()))
                .sorted(Comparator.comparingInt((Stats.ChannelCounts channel) -> channel.counts().questions()).reversed()
                        .thenComparing(Stats.ChannelCounts::channel))
                .toList();
    }

    /** Counts since {@code since}, per channel or (key {@link #ALL}) all together. */
    private static Map<String, Stats.Counts> byChannel(Connection c, Instant since, boolean split) throws SQLException {
        String channel = split ? "channel" : "''";
        Map<String, int[]> actions = new TreeMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + channel + ", action, COUNT(*) FROM question_event "
                + "WHERE occurred_at >= ? GROUP BY " + (split ? "channel, " : "") + "action")) {
            select.setLong(1, since.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int[] counts = actions.computeIfAbsent(rows.getString(1), key -> new int[3]);
                    String action = rows.getString(2);
                    int count = rows.getInt(3);
                    if (action.equals(Action.ANSWER.wireName())) {
                        counts[0] = count;
                    } else if (action.equals(Action.CLARIFY.wireName())) {
                        counts[1] = count;
                    } else if (action.equals(Action.FALLBACK.wireName())) {
                        counts[2] = count;
                    }
                }
            }
        }
        Map<String, Stats.Counts> result = new TreeMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT " + channel + ", COUNT(DISTINCT chat_hash) FROM question_event "
                + "WHERE occurred_at >= ? AND action <> '" + Action.SMALLTALK.wireName() + "'"
                + (split ? " GROUP BY channel" : ""))) {
            select.setLong(1, since.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int[] counts = actions.getOrDefault(rows.getString(1), new int[3]);
                    result.put(rows.getString(1), new Stats.Counts(counts[0], counts[1], counts[2], rows.getInt(2)));
                }
            }
        }
        return result;
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
