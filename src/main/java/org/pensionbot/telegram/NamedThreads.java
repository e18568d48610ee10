package org.pensionbot.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the bot's threads {@code <prefix>-<n>} so that a thread dump (or a test looking for
 * leftovers after shutdown) shows whose they are. Threads are non-daemon: the bot stops them
 * explicitly rather than relying on the JVM to abandon them.
 */
final class NamedThreads implements ThreadFactory {

    /** Every thread the Telegram channel starts has a name beginning with this. */
    static final String PREFIX = "pension-tg-";

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    NamedThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
        thread.setDaemon(false);
        return thread;
    }
}
