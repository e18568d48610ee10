package org.pensionbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pensionbot.dialog.Action;

/** The SQL behind {@link UnansweredReport}: the database counts each exact wording, {@link QuestionGrouper} does the rest. */
final class UnansweredQuery {

    private UnansweredQuery() {
    }

    static UnansweredReport run(Database database, LocalDate today, int days, int limit) throws SQLException {
        Instant since = Reports.startOf(today.minusDays(days - 1L));
        List<QuestionGrouper.Tally> tallies = database.call(c -> {
            List<QuestionGrouper.Tally> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT question, action, COUNT(*), MAX(occurred_at), channel FROM question_event "
                            + "WHERE occurred_at >= ? AND action IN ('" + Action.CLARIFY.wireName() + "', '"
                            + Action.FALLBACK.wireName() + "') GROUP BY question, action, channel")) {
                select.setLong(1, since.toEpochMilli());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Action action = row.getString(2).equals(Action.CLARIFY.wireName()) ? Action.CLARIFY : Action.FALLBACK;
                        rows.add(new QuestionGrouper.Tally(row.getString(1), action, row.getInt(3),
                                Instant.ofEpochMilli(row.getLong(4)), row.getString(5)));
                    }
                }
            }
            return rows;
        });
        List<UnansweredReport.Question> groups = QuestionGrouper.group(tallies);
        return new UnansweredReport(today, days, groups.size() > limit ? groups.subList(0, limit) : groups);
    }
}
