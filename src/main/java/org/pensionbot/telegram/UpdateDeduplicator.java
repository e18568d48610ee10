package org.pensionbot.telegram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Remembers the ids of the last {@code capacity} handled updates, so that an update delivered
 * again (after a restart, or by a retried {@code getUpdates}) is not answered twice.
 *
 * <p>Bounded: the oldest ids are forgotten first. Makes no assumption about the order of ids,
 * because Telegram may restart them at a random value. Thread-safe.
 */
final class UpdateDeduplicator {

    static final int DEFAULT_CAPACITY = 1000;

    private final int capacity;
    private final LinkedHashSet<Integer> handled = new LinkedHashSet<>();

    /** @param alreadyHandled ids handled before a restart, oldest first */
    UpdateDeduplicator(int capacity, Collection<Integer> alreadyHandled) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive (was " + capacity + ")");
        }
        this.capacity = capacity;
        alreadyHandled.forEach(this::markHandled);
    }

    synchronized boolean isHandled(int updateId) {
        return handled.contains(updateId);
    }

    synchronized void markHandled(int updateId) {
        handled.remove(updateId);
        handled.add(updateId);
        if (handled.size() > capacity) {
            Iterator<Integer> oldest = handled.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** The remembered ids, oldest first: what a {@link HandledUpdateStore} should keep. */
    synchronized List<Integer> recent() {
        return new ArrayList<>(handled);
    }
}
