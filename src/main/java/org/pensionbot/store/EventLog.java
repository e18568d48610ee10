package org.pensionbot.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Appends question events and feedback rows. Knows SQL, not privacy: callers hand it rows that
 * are already pseudonymised and masked ({@link EventRecorder} does). Thread-safe.
 */
final class EventLog {

    private final Database database;

    EventLog(Database database) {
        this.database = database;
    }

    void append(QuestionEvent event) throws SQLException {
        database.call(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO question_event "
                    + "(occurred_at, chat_hash, question, action, entry_id, confidence, channel) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, event.time().toEpochMilli());
                insert.setString(2, event.chatHash());
                insert.setString(3, event.question());
                insert.setString(4, event.action().wireName());
                insert.setString(5, event.entryId());
                if (event.confidence() == null) {
                    insert.setNull(6, Types.DOUBLE);
                } else {
                    insert.setDouble(6, event.confidence());
                }
                insert.setString(7, event.channel());
                return insert.executeUpdate();
            }
        });
    }

    void append(FeedbackEvent feedback) throws SQLException {
        database.call(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO feedback (occurred_at, chat_hash, entry_id, helpful, channel) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, feedback.time().toEpochMilli());
                insert.setString(2, feedback.chatHash());
                insert.setString(3, feedback.entryId());
                insert.setBoolean(4, feedback.helpful());
                insert.setString(5, feedback.channel());
                return insert.executeUpdate();
            }
        });
    }
}
