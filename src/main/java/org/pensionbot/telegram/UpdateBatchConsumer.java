package org.pensionbot.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.pensionbot.concurrent.ThreadPools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives each batch from long polling, handles it, and keeps track of which updates are
 * answered.
 *
 * <p>What makes restarts lossless, even after SIGKILL: an update counts as answered only once
 * the {@link OutboundQueue} has sent (or given up on) every message its handling queued for its
 * chat. Until then it stays in {@link UnansweredUpdates}, and {@link UpdatesRequest} does not
 * confirm it to Telegram, which therefore sends it again after a restart. Once answered, its id
 * goes to the {@link UpdateDeduplicator} and at once to the {@link HandledUpdateStore}, so that
 * a restart skips it when Telegram delivers it again. A kill can therefore repeat only answers
 * sent in the moment before their ids were saved.
 *
 * <p>Within a batch, updates of one chat run in order on one thread; different chats run in
 * parallel on the handler pool. Handling means deciding the reply and queueing it; sending is
 * the {@link OutboundQueue}'s job and does not hold up polling.
 */
final class UpdateBatchConsumer implements LongPollingUpdateConsumer {

    /**
     * While an update is unconfirmed, Telegram answers every poll at once, with the unconfirmed
     * updates again: a short pause between such polls keeps them from spinning.
     */
    static final Duration HOLDING_POLL_PAUSE = Duration.ofMillis(100);

    /** Metric name of the time spent answering an update (until its reply is queued). */
    static final String HANDLING_METER = "pensionbot.update.handling";

    private static final Logger log = LoggerFactory.getLogger(UpdateBatchConsumer.class);

    private final UpdateRouter router;
    private final UpdateDeduplicator handled;
    private final HandledUpdateStore store;
    private final OutboundQueue outbox;
    private final UnansweredUpdates unanswered;
    private final ExecutorService pool;
    private final Timer handling;
    private final AtomicBoolean unsaved = new AtomicBoolean();
    private final ReentrantLock saving = new ReentrantLock();

    UpdateBatchConsumer(UpdateRouter router, UpdateDeduplicator handled, HandledUpdateStore store, OutboundQueue outbox,
                        UnansweredUpdates unanswered, ExecutorService pool) {
        this(router, handled, store, outbox, unanswered, pool, new SimpleMeterRegistry());
    }

    /** @param meters records {@value #HANDLING_METER}: deciding and queueing the reply, without sending it */
    UpdateBatchConsumer(UpdateRouter router, UpdateDeduplicator handled, HandledUpdateStore store, OutboundQueue outbox,
                        UnansweredUpdates unanswered, ExecutorService pool, MeterRegistry meters) {
        this.handling = Timer.builder(HANDLING_METER).description("Time from an update's arrival to its reply being queued")
                .publishPercentileHistogram().register(meters);
        this.router = router;
        this.handled = handled;
        this.store = store;
        this.outbox = outbox;
        this.unanswered = unanswered;
        this.pool = pool;
    }

    /** Handles the new updates (the poller has dropped those it saw before), then paces the next poll. */
    @Override
    public void consume(List<Update> updates) {
        handleAll(updates);
        if (unanswered.oldest().isPresent()) {
            pause();
        }
    }

    private void handleAll(List<Update> updates) {
        Map<Long, List<Update>> byChat = new LinkedHashMap<>();
        int repeated = 0;
        for (Update update : updates) {
            if (handled.isHandled(update.getUpdateId())) {
                repeated++;
            } else {
                unanswered.fetched(update.getUpdateId());
                byChat.computeIfAbsent(chatKey(update), key -> new ArrayList<>()).add(update);
            }
        }
        if (repeated > 0) {
            log.info("Skipped {} update(s) answered before a restart", repeated);
        }
        List<Future<?>> running = new ArrayList<>();
        try {
            for (Map.Entry<Long, List<Update>> chat : byChat.entrySet()) {
                running.add(pool.submit(() -> chat.getValue().forEach(update -> handle(chat.getKey(), update))));
            }
        } catch (RejectedExecutionException e) {
            // Shutting down: what was not submitted stays unanswered and comes back after a restart.
            log.info("Stopping: {} chat(s) of this batch left for after the restart", byChat.size() - running.size());
        }
        awaitAll(running);
    }

    private void handle(long chatKey, Update update) {
        Timer.Sample sample = Timer.start();
        try {
            router.route(update);
            sample.stop(handling);
        } catch (RuntimeException e) {
            // A bug for this one update must not stop the others, nor make Telegram send it forever.
            log.error("Failed to handle update {}", update.getUpdateId(), e);
        }
        outbox.afterQueued(chatKey, () -> answered(update.getUpdateId()));
    }

    /** Saves the id first, then lets the offset move past it: a kill in between repeats nothing. */
    private void answered(int updateId) {
        handled.markHandled(updateId);
        save();
        unanswered.answered(updateId);
    }

    /**
     * Saves the handled ids. Saves never overlap and the last one always includes every id marked
     * so far; when answers go out faster than the store writes, one save covers several.
     */
    private void save() {
        unsaved.set(true);
        while (unsaved.get() && saving.tryLock()) {
            try {
                if (unsaved.getAndSet(false)) {
                    store.save(handled.recent());
                }
            } finally {
                saving.unlock();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(HOLDING_POLL_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitAll(List<Future<?>> running) {
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                log.error("Update handling failed", e.getCause());
            }
        }
    }

    private static long chatKey(Update update) {
        return ChatKeys.of(update);
    }

    /** Stops the handler pool after the batch in progress. */
    @Override
    public void close() {
        ThreadPools.stop(pool, Duration.ofSeconds(1));
    }
}
