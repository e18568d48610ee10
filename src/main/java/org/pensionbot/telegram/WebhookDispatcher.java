package org.pensionbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pensionbot.concurrent.ThreadPools;
import org.pensionbot.store.Database;
import org.pensionbot.store.UpdateClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles the updates the {@link Webhook} claimed: each chat's updates in the order they came, on
 * the handler pool, and marks an update answered in {@link UpdateClaims} once the
 * {@link OutboundQueue} has sent (or given up on) everything its handling queued — the webhook
 * counterpart of {@link UpdateBatchConsumer}.
 *
 * <p>Every {@link UpdateClaims#HEARTBEAT} it refreshes this instance's open claims and takes over
 * those of instances that stopped refreshing theirs (killed, or cut off from the database), so an
 * update acknowledged to Telegram by an instance that then died is still answered. Thread-safe.
 */
final class WebhookDispatcher implements Webhook.Target, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TAKE_OVER_BATCH = 100;

    private final UpdateRouter router;
    private final UpdateClaims claims;
    private final OutboundQueue outbox;
    private final ExecutorService pool;
    private final Timer handling;
    private final ScheduledExecutorService upkeep;
    /** The last task queued per chat: the next one of that chat runs after it. */
    private final Map<Long, CompletableFuture<Void>> chains = new ConcurrentHashMap<>();

    WebhookDispatcher(UpdateRouter router, UpdateClaims claims, OutboundQueue outbox, ExecutorService pool, MeterRegistry meters) {
        this.router = router;
        this.claims = claims;
        this.outbox = outbox;
        this.pool = pool;
        this.handling = Timer.builder(UpdateBatchConsumer.HANDLING_METER)
                .description("Time from an update's arrival to its reply being queued")
                .publishPercentileHistogram().register(meters);
        this.upkeep = Executors.newSingleThreadScheduledExecutor(new NamedThreads(NamedThreads.PREFIX + "claims"));
        long every = UpdateClaims.HEARTBEAT.toMillis();
        upkeep.scheduleWithFixedDelay(this::keepUp, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void handle(long updateId, long chatKey, Update update) {
        Runnable task = () -> {
            Timer.Sample sample = Timer.start();
            try {
                router.route(update);
                sample.stop(handling);
            } catch (RuntimeException e) {
                // A bug for this one update must not stop the chat's next ones, nor make it come back for ever.
                log.error("Failed to handle update {}", updateId, e);
            }
            outbox.afterQueued(chatKey, () -> answered(updateId));
        };
        CompletableFuture<Void> next = chains.compute(chatKey, (key, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            try {
                // After the previous task however it ended: one failure must not silence the chat.
                return previous.handle((ok, failure) -> null).thenRunAsync(task, pool);
            } catch (RejectedExecutionException e) {
                // Shutting down: the claim stays open and another instance (or this one, restarted) takes it over.
                return tail;
            }
        });
        // Outside compute(): a task that already finished runs this at once, and the map must not
        // be changed from within its own compute().
        if (next != null) {
            next.whenComplete((ok, failure) -> chains.remove(chatKey, next));
        }
    }

    private void answered(long updateId) {
        try {
            claims.answered(updateId);
        } catch (SQLException e) {
            log.warn("Update {} answered, but not marked so ({}); it may be answered again after a take-over", updateId,
                    Database.oneLine(e.getMessage()));
        }
    }

    /** Heartbeat, take-over of stale claims, and the daily clean-up; never throws. */
    void keepUp() {
        try {
            claims.heartbeat();
            for (UpdateClaims.Claimed claimed : claims.takeOverStale(TAKE_OVER_BATCH)) {
                Update update;
                try {
                    update = JSON.readValue(claimed.body(), Update.class);
                } catch (IOException e) {
                    log.warn("Update {} taken over but unreadable; marked answered", claimed.updateId());
                    answered(claimed.updateId());
                    continue;
                }
                log.info("Took over update {} from an instance that stopped", claimed.updateId());
                handle(claimed.updateId(), claimed.chatKey(), update);
            }
            claims.purgeAnswered();
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not refresh or take over update claims ({}); trying again in {} s", Database.oneLine(e.getMessage()),
                    UpdateClaims.HEARTBEAT.toSeconds());
        }
    }

    /** Stops the upkeep and, after the updates in hand, the handler pool. */
    @Override
    public void close() {
        upkeep.shutdownNow();
        ThreadPools.stop(pool, Duration.ofSeconds(1));
    }
}
