package org.pensionbot.store;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.pensionbot.dialog.Reply;
import org.pensionbot.privacy.PersonalData;
import org.pensionbot.search.ScoredEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what the bot was asked and how people rated the answers, for the admins' reports.
 * Channels call it once per reply, after the reply has been sent.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Chat ids are stored only as keyed pseudonyms (HMAC-SHA256), never as numbers.</li>
 *   <li>Question text is stored only after {@link PersonalData#mask}, cut to
 *       {@value #MAX_QUESTION_LENGTH} characters — even if the caller forgot to mask.</li>
 *   <li>It never throws. A failed write is logged as one WARN line without personal data, the
 *       event is lost, and answering goes on.</li>
 * </ul>
 *
 * <p>Thread-safe. A write normally takes about a millisecond. It may wait up to
 * {@value Database#SQLITE_BUSY_TIMEOUT_MILLIS} ms while another process holds the SQLite write
 * lock, or {@value Database#POSTGRES_TIMEOUT_SECONDS} s for a PostgreSQL server that stopped
 * answering — which is why channels record after sending the reply.
 */
public final class EventRecorder {

    /** Longer messages are cut: reports show questions, not pasted documents. */
    public static final int MAX_QUESTION_LENGTH = 500;
    private static final int MAX_ENTRY_ID_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger(EventRecorder.class);

    private final EventLog events;
    private final IdHasher hasher;
    private final Clock clock;

    EventRecorder(EventLog events, IdHasher hasher, Clock clock) {
        this.events = events;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Channel names as stored. */
    public static final String TELEGRAM = "telegram";
    public static final String WEB = "web";
    /** Named by migration V5 for a terminal chat that records; today's terminal chat keeps no statistics. */
    public static final String TERMINAL = "terminal";

    /** Stores one question asked on Telegram and the bot's decision about it. */
    public void record(long chatId, Reply reply) {
        record(TELEGRAM, Long.toString(chatId), reply);
    }

    /**
     * Stores one question and the bot's decision about it.
     *
     * @param channel where it was asked ({@link #TELEGRAM}, {@link #WEB})
     * @param chatKey the channel's id of the chat (a Telegram chat id, a web session id); stored only as a pseudonym
     */
    public void record(String channel, String chatKey, Reply reply) {
        try {
            ScoredEntry entry = decidingEntry(reply);
            events.append(new QuestionEvent(clock.instant(), channel, hasher.hash(channel.equals(TELEGRAM) ? chatKey : channel + ":" + chatKey),
                    storableText(reply.question()),
                    reply.action(), entry == null ? null : cut(entry.id(), MAX_ENTRY_ID_LENGTH),
                    entry == null ? null : entry.confidence()));
        } catch (SQLException | RuntimeException e) {
            // The exception message names the table or the connection, never the values written.
            log.warn("Could not store a question event ({}); answering continues: {}",
                    reply == null ? "no reply" : reply.action().wireName(), Database.oneLine(e.getMessage()));
        }
    }

    /** Stores a 👍 ({@code helpful}) or 👎 given on Telegram for the answer with entry {@code entryId}. */
    public void recordFeedback(long chatId, String entryId, boolean helpful) {
        recordFeedback(TELEGRAM, Long.toString(chatId), entryId, helpful);
    }

    /** Stores a 👍 ({@code helpful}) or 👎 for the answer with entry {@code entryId}. */
    public void recordFeedback(String channel, String chatKey, String entryId, boolean helpful) {
        if (entryId == null || entryId.isBlank()) {
            log.warn("Ignored feedback without an entry id");
            return;
        }
        try {
            events.append(new FeedbackEvent(clock.instant(), channel, hasher.hash(channel.equals(TELEGRAM) ? chatKey : channel + ":" + chatKey), cut(entryId.strip(), MAX_ENTRY_ID_LENGTH), helpful));
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not store feedback; answering continues: {}", Database.oneLine(e.getMessage()));
        }
    }

    /** The entry the decision was about: the answer, else the closest candidate, else none. */
    private static ScoredEntry decidingEntry(Reply reply) {
        if (reply instanceof Reply.Answer answer) {
            return new ScoredEntry(answer.entry(), answer.confidence(), List.of());
        }
        return reply.candidates().isEmpty() ? null : reply.candidates().get(0);
    }

    /** Masks first, then cuts: cutting first could split a number into pieces too short to be recognised. */
    static String storableText(String question) {
        return cut(PersonalData.mask(question == null ? "" : question.strip()), MAX_QUESTION_LENGTH);
    }

    private static String cut(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
