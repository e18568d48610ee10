package org.pensionbot.telegram;

import java.util.Iterator;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The updates fetched from Telegram whose answers have not gone out yet, and so must not be
 * confirmed: this is what makes a crash (even SIGKILL) lose no question.
 *
 * <p>Telegram forgets an update once a {@code getUpdates} asks for a higher offset, and the
 * answers wait in the {@link OutboundQueue} (one message per second per chat, 30 per second
 * overall). So {@link UpdatesRequest} asks from the oldest update still unanswered: Telegram
 * keeps that one and everything after it, and sends them again with each poll (the poller drops
 * the ones it has already seen). Once answered, an update's id is in the
 * {@link HandledUpdateStore}, so a restart skips it when Telegram delivers it again.
 *
 * <p>One poll returns at most 100 updates from the offset, so an answer that waits long (a group
 * over its 20 per minute, a chat with many questions queued) would stop new updates from being
 * fetched at all. An update therefore holds the offset only until {@value #MAX_NEWER_FETCHED}
 * newer updates have been fetched, which leaves room for 10 new ones per poll (a poll every
 * 100-150 ms brings 3 to 5 at Telegram's 30 per second). After that it is confirmed unanswered,
 * and lost if the process dies before its answer goes out: at 25 questions a second, answers
 * slower than about 3.5 s; at 1 a second, slower than 90 s. A poll limit under 100 (tests) only
 * slows fetching while answers are pending.
 *
 * <p>Assumes ids increase while updates are in flight (Telegram restarts them at a random value
 * only after a week without updates, when nothing is in flight). Thread-safe.
 */
final class UnansweredUpdates {

    /** How many newer updates may be fetched while an unanswered one holds the offset (half a poll). */
    static final int MAX_NEWER_FETCHED = 90;

    private static final Logger log = LoggerFactory.getLogger(UnansweredUpdates.class);
    private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** Update id → fetch sequence number, for updates fetched and not yet answered. */
    private final TreeMap<Integer, Long> unanswered = new TreeMap<>();
    private long fetchedSoFar;
    private int releasedSinceWarning;
    private long lastWarning = System.nanoTime() - WARN_EVERY_NANOS;

    /** A new update was fetched; it holds the offset until {@link #answered}. */
    synchronized void fetched(int updateId) {
        unanswered.put(updateId, fetchedSoFar++);
    }

    synchronized void answered(int updateId) {
        unanswered.remove(updateId);
    }

    /**
     * The offset the next {@code getUpdates} must not go beyond: the oldest unanswered update
     * fetched among the last {@value #MAX_NEWER_FETCHED}; empty when there is none.
     */
    synchronized OptionalInt oldest() {
        Iterator<Map.Entry<Integer, Long>> entries = unanswered.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Integer, Long> entry = entries.next();
            if (fetchedSoFar - entry.getValue() <= MAX_NEWER_FETCHED) {
                return OptionalInt.of(entry.getKey());
            }
            entries.remove();
            released(entry.getKey());
        }
        return OptionalInt.empty();
    }

    /** One warning a minute at most: under full load this happens to a few answers in a hundred. */
    private void released(int updateId) {
        log.debug("Update {} still unanswered after {} newer ones; confirming it before its answer is sent",
                updateId, MAX_NEWER_FETCHED);
        releasedSinceWarning++;
        long now = System.nanoTime();
        if (now - lastWarning >= WARN_EVERY_NANOS) {
            log.warn("{} update(s) confirmed to Telegram before their answers were sent (answers queued behind"
                    + " Telegram's limits); a crash now would lose them", releasedSinceWarning);
            releasedSinceWarning = 0;
            lastWarning = now;
        }
    }
}
