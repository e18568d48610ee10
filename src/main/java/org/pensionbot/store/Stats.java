package org.pensionbot.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Question statistics for admins over calendar days in {@link Reports#ZONE}: today, and the
 * {@code days} days ending today. A "question" is any event except small talk.
 *
 * @param today the date the report was made
 * @param days length of the period, today included
 * @param topEntries most answered entries in the period, most first
 * @param feedback 👍/👎 per entry in the period, most 👎 first
 * @param channels the period's counts per channel where questions were asked (telegram, web,
 *     terminal), most questions first; empty when none were
 */
public record Stats(LocalDate today, int days, Counts todayCounts, Counts periodCounts,
                    List<EntryCount> topEntries, List<EntryFeedback> feedback, List<ChannelCounts> channels) {

    public Stats {
        topEntries = List.copyOf(topEntries);
        feedback = List.copyOf(feedback);
        channels = List.copyOf(channels);
    }

    /** The counts of one channel, as {@code question_event.channel} names it. */
    public record ChannelCounts(String channel, Counts counts) {
    }

    /**
     * What happened to the questions of a time span.
     *
     * @param users distinct (pseudonymous) chats that asked
     */
    public record Counts(int answered, int clarified, int fallback, int users) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public int questions() {
            return answered + clarified + fallback;
        }

        /** {@code part} as a whole percentage of all questions; 0 when there were none. */
        public long percent(int part) {
            return questions() == 0 ? 0 : Math.round(100.0 * part / questions());
        }
    }

    /** How often an entry was the answer. */
    public record EntryCount(String entryId, int answers) {
    }

    /** How often people rated an entry's answer 👍 ({@code helpful}) and 👎 ({@code unhelpful}). */
    public record EntryFeedback(String entryId, int helpful, int unhelpful) {
    }
}
