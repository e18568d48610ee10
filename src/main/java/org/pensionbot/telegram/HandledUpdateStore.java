package org.pensionbot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers the ids of the most recently handled updates across restarts, so that none is
 * answered twice.
 *
 * <p>Why ids and not an offset: Telegram itself keeps every update until a later
 * {@code getUpdates} confirms it, and the bot confirms a batch only after its answers are sent.
 * So no update is lost across a restart, but the last batch before a stop is delivered again.
 * Remembering those ids (rather than "the highest id") stays correct when Telegram restarts the
 * id sequence at a random number after a quiet week.
 *
 * <p>Implementations must be thread-safe; {@link #save} is called each time answers have gone
 * out (never two calls at once, up to a few dozen a second under full load) and must not throw
 * (log and carry on: a failed save costs at most a few repeated answers after a restart).
 */
public interface HandledUpdateStore {

    /** The ids saved last, oldest first; empty on first start or when nothing can be read. */
    List<Integer> load();

    /** Replaces what is stored with {@code recentIds} (oldest first, bounded by the caller). */
    void save(List<Integer> recentIds);

    /** A store that forgets everything on restart: for tests and one-off runs. */
    static HandledUpdateStore inMemory() {
        return new HandledUpdateStore() {
            private List<Integer> ids = List.of();

            @Override
            public synchronized List<Integer> load() {
                return new ArrayList<>(ids);
            }

            @Override
            public synchronized void save(List<Integer> recentIds) {
                ids = List.copyOf(recentIds);
            }
        };
    }
}
