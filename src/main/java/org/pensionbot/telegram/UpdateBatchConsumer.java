package org.pensionbot.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives each batch from long polling and handles it completely before returning.
 *
 * <p>Returning only when the batch is done is what makes restarts lossless: telegrambots asks
 * for the next batch (and so confirms this one to Telegram) only after {@code consume} returns,
 * so an update that was not handled is still held by Telegram if the bot dies. Updates already
 * handled (seen again after a restart) are skipped using the {@link UpdateDeduplicator}, whose
 * ids are saved to the {@link HandledUpdateStore} after every batch.
 *
 * <p>Within a batch, updates of one chat run in order on one thread; different chats run in
 * parallel on the handler pool. Handling means deciding the reply and queueing it; sending is
 * the {@link OutboundQueue}'s job and does not hold up polling.
 */
final class UpdateBatchConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateBatchConsumer.class);

    private final UpdateRouter router;
    private final UpdateDeduplicator handled;
    private final HandledUpdateStore store;
    private final ExecutorService pool;

    UpdateBatchConsumer(UpdateRouter router, UpdateDeduplicator handled, HandledUpdateStore store, ExecutorService pool) {
        this.router = router;
        this.handled = handled;
        this.store = store;
        this.pool = pool;
    }

    @Override
    public void consume(List<Update> updates) {
        Map<Long, List<Update>> byChat = new LinkedHashMap<>();
        int repeated = 0;
        for (Update update : updates) {
            if (handled.isHandled(update.getUpdateId())) {
                repeated++;
            } else {
                byChat.computeIfAbsent(chatKey(update), key -> new ArrayList<>()).add(update);
            }
        }
        if (repeated > 0) {
            log.info("Skipped {} update(s) handled before a restart", repeated);
        }
        if (byChat.isEmpty()) {
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        try {
            for (List<Update> chatUpdates : byChat.values()) {
                running.add(pool.submit(() -> chatUpdates.forEach(this::handle)));
            }
        } catch (RejectedExecutionException e) {
            // Shutting down: what was not submitted is not marked handled and comes back after a restart.
            log.info("Stopping: {} chat(s) of this batch left for after the restart", byChat.size() - running.size());
        }
        awaitAll(running);
        store.save(handled.recent());
    }

    private void handle(Update update) {
        try {
            router.route(update);
        } catch (RuntimeException e) {
            // A bug for this one update must not stop the others, nor make Telegram send it forever.
            log.error("Failed to handle update {}", update.getUpdateId(), e);
        }
        handled.markHandled(update.getUpdateId());
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

    /** Updates of one chat share a key; updates without a chat get their own. */
    private static long chatKey(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return Long.MIN_VALUE + update.getUpdateId();
    }

    /** Stops the handler pool after the batch in progress. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
