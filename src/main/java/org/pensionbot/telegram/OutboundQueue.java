package org.pensionbot.telegram;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Delivers every outgoing call to Telegram within its rate limits, retrying what can be retried.
 *
 * <p>Each chat has a lane: a FIFO served by at most one thread at a time, so messages to a chat
 * arrive in order while different chats are served concurrently. A lane sends at most one message
 * per {@link SendLimits#perChatInterval()}, a group lane at most
 * {@link SendLimits#groupMessages()} in any {@link SendLimits#groupWindow()} ({@link ChatPace}),
 * and all lanes together at most {@link SendLimits#globalPerSecond()} per second, evenly spaced and
 * counted as Telegram receives them ({@link GlobalPace}); the limits are Bucket4j token buckets.
 * Telegram ids tell chats apart: users and private chats have positive ids, groups negative ones.
 * Lanes, and with them their buckets, are forgotten once idle and rested, so memory stays bounded
 * however many chats the bot has talked to.
 *
 * <p>A 429 pauses all sending for Telegram's {@code retry_after} (it does not say which limit was
 * hit, so the safe reading is "slow down everywhere"); 5xx and network errors retry the same
 * message with {@link RetryPolicy} backoff, holding the lane so later messages do not overtake it;
 * after the last try the message is dropped with an error log. A 403 (the user blocked the bot,
 * or it was removed from the group) is never retried: the message is dropped and the chat id is
 * passed to the {@code chatBlocked} callback, once per refused message. Answers to button presses
 * ({@link #call}) skip the per-chat pacing, since they are not chat messages and the user's
 * spinner waits on them. Logs show chat ids only as {@link LogIds#chat}.
 *
 * <p>{@link #afterQueued} tells when everything queued for a chat so far is out: the bot confirms
 * an update to Telegram only then, so that a crash loses no answer (see {@link UnansweredUpdates}).
 *
 * <p>Thread-safe. Never blocks callers and never throws to them.
 */
public final class OutboundQueue implements Outbox, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);

    private static final int LANE_SWEEP_THRESHOLD = 10_000;

    private final TelegramClient client;
    private final SendLimits limits;
    private final RetryPolicy retry;
    private final GlobalPace global;
    private final LongConsumer chatBlocked;
    private final SendMeters meters;
    private final ScheduledExecutorService workers;
    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Object idle = new Object();
    private volatile boolean accepting = true;

    public OutboundQueue(TelegramClient client, SendLimits limits, RetryPolicy retry, int threads) {
        this(client, limits, retry, threads, chatId -> { });
    }

    /**
     * @param chatBlocked told the chat id of every message Telegram refused with 403; runs on a
     *     sending thread, so it must be quick; an exception is logged and goes no further
     */
    public OutboundQueue(TelegramClient client, SendLimits limits, RetryPolicy retry, int threads, LongConsumer chatBlocked) {
        this(client, limits, retry, threads, chatBlocked, new SimpleMeterRegistry());
    }

    /** @param meters where the queue's depth, Telegram's 429s and its errors are counted */
    public OutboundQueue(TelegramClient client, SendLimits limits, RetryPolicy retry, int threads, LongConsumer chatBlocked,
                         MeterRegistry meters) {
        this.client = client;
        this.meters = new SendMeters(meters, this::pending);
        this.limits = limits;
        this.retry = retry;
        this.chatBlocked = Objects.requireNonNull(chatBlocked, "chatBlocked");
        this.global = new GlobalPace(limits.globalPerSecond());
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, new NamedThreads(NamedThreads.PREFIX + "send"));
        executor.setRemoveOnCancelPolicy(true);
        this.workers = executor;
    }

    @Override
    public void send(long chatId, OutgoingMessage message) {
        List<String> parts = MessageSplitter.split(message.html());
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            SendMessage send = SendMessage.builder()
                    .chatId(chatId)
                    .text(parts.get(i))
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .replyMarkup(last ? message.keyboard() : null)
                    .build();
            enqueue(chatId, send);
        }
    }

    /** Sends one non-message call (e.g. {@code answerCallbackQuery}) now, with retries but no pacing. */
    public void call(BotApiMethod<? extends Serializable> method) {
        if (!accept(method)) {
            return;
        }
        Lane lane = new Lane(null);
        synchronized (lane) {
            lane.queue.add(new Pending(null, method));
            lane.active = true;
        }
        schedule(lane, 0);
    }

    /**
     * Runs {@code action} once every message queued so far for {@code chatId} has been sent or
     * dropped, or at once if none is waiting. This is how the bot learns that the answers to an
     * update are out. Runs on a sending thread, so it must be quick; never runs if the queue is
     * closed first.
     */
    public void afterQueued(long chatId, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (!accepting) {
            return;
        }
        boolean now = true;
        Lane lane = lanes.get(chatId);
        if (lane != null) {
            synchronized (lane) {
                Pending last = lane.queue.peekLast();
                if (last != null) {
                    last.after.add(action);
                    now = false;
                }
            }
        }
        if (now) {
            runQuietly(action);
        }
    }

    /** Waits until everything queued so far has been sent or dropped; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    /** Messages queued and not yet sent or dropped. */
    public int pending() {
        return pending.get();
    }

    /**
     * Stops accepting messages, gives those already queued up to {@code grace} to go out, then
     * stops the sending threads. Messages still queued after that are logged and dropped.
     */
    public void close(Duration grace) {
        accepting = false;
        try {
            awaitIdle(grace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int left = pending.get();
        if (left > 0) {
            log.warn("Stopped with {} message(s) not sent", left);
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }

    private void enqueue(long chatId, BotApiMethod<? extends Serializable> method) {
        if (!accept(method)) {
            return;
        }
        if (lanes.size() > LANE_SWEEP_THRESHOLD) {
            sweepIdleLanes();
        }
        // compute() makes "add to the lane, start it if idle" atomic with the idle-lane sweep.
        lanes.compute(chatId, (id, lane) -> {
            Lane target = lane != null ? lane : new Lane(ChatPace.of(id, limits));
            boolean start;
            long delay;
            synchronized (target) {
                target.queue.add(new Pending(id, method));
                start = !target.active;
                target.active = true;
                delay = target.nextAllowed - System.nanoTime();
            }
            if (start) {
                schedule(target, Math.max(0, delay));
            }
            return target;
        });
    }

    private boolean accept(BotApiMethod<? extends Serializable> method) {
        if (!accepting) {
            log.warn("Not sending {}: the bot is shutting down", method.getMethod());
            return false;
        }
        pending.incrementAndGet();
        return true;
    }

    private void sweepIdleLanes() {
        long now = System.nanoTime();
        for (Long chatId : lanes.keySet()) {
            lanes.computeIfPresent(chatId, (id, lane) -> lane.isForgettable(now) ? null : lane);
        }
    }

    private void schedule(Lane lane, long delayNanos) {
        try {
            workers.schedule(() -> serve(lane), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down: whatever is still queued is counted and reported by close().
        }
    }

    /** Sends the head of the lane once, then decides when the lane runs next. */
    private void serve(Lane lane) {
        Pending head;
        synchronized (lane) {
            head = lane.queue.peek();
            if (head == null) {
                lane.active = false;
                return;
            }
            long wait = lane.pace == null ? 0 : lane.pace.nanosToWait();
            if (wait > 0) {
                schedule(lane, wait);
                return;
            }
        }
        boolean paced = lane.pace != null;
        if (paced && !acquireGlobal()) {
            return;
        }
        long delay;
        try {
            delay = attempt(head);
        } finally {
            if (paced) {
                global.release();
            }
        }
        long now = System.nanoTime();
        long next;
        boolean more;
        synchronized (lane) {
            if (paced) {
                lane.pace.sent();
            }
            if (delay < 0) {
                lane.queue.poll();
                lane.nextAllowed = now;
                done();
            } else {
                lane.nextAllowed = now + delay;
            }
            more = !lane.queue.isEmpty();
            lane.active = more;
            next = lane.nextAllowed;
        }
        if (delay < 0) {
            head.after.forEach(OutboundQueue::runQuietly);
        }
        if (more) {
            schedule(lane, Math.max(0, next - now));
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.error("An after-sending action failed", e);
        }
    }

    /** Waits for this call's turn among all chats; false if interrupted. */
    private boolean acquireGlobal() {
        try {
            global.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Tries once. Returns -1 when the call is finished (sent or dropped), else the wait before the next try. */
    private long attempt(Pending call) {
        try {
            execute(call.method);
            return -1;
        } catch (TelegramApiException e) {
            if (Thread.currentThread().isInterrupted()) {
                return 0;
            }
            SendFailure failure = SendFailure.of(e);
            switch (failure.kind()) {
                case RATE_LIMITED -> {
                    if (++call.rateLimitWaits > retry.maxRateLimitWaits()) {
                        return drop(call, failure, "still rate limited after " + retry.maxRateLimitWaits() + " waits");
                    }
                    meters.rateLimited();
                    long wait = retry.retryAfter(failure.retryAfter()).toNanos();
                    global.pauseUntil(System.nanoTime() + wait);
                    log.warn("Telegram asked to slow down (429): waiting {} ms before {}", wait / 1_000_000, call.method.getMethod());
                    return wait;
                }
                case TRANSIENT -> {
                    meters.failed("transient");
                    if (++call.failedAttempts >= retry.maxAttempts()) {
                        return drop(call, failure, "gave up after " + call.failedAttempts + " tries");
                    }
                    Duration wait = retry.backoff(call.failedAttempts, ThreadLocalRandom.current());
                    log.info("{} failed ({}); try {} of {} in {} ms", call.method.getMethod(), failure.description(),
                            call.failedAttempts + 1, retry.maxAttempts(), wait.toMillis());
                    return wait.toNanos();
                }
                default -> {
                    meters.failed(failure.errorCode() == SendFailure.FORBIDDEN ? "blocked" : "refused");
                    if (failure.errorCode() == SendFailure.FORBIDDEN) {
                        log.info("Not sent to chat {}: the user blocked the bot or left ({})", chatOf(call), failure.description());
                        reportBlocked(call);
                        return -1;
                    }
                    log.warn("Dropped {} to chat {}: Telegram refused it ({})", call.method.getMethod(), chatOf(call),
                            failure.description());
                    return -1;
                }
            }
        }
    }

    /** Gives up on a call that kept failing: the error log the operator needs to notice an outage. */
    private long drop(Pending call, SendFailure failure, String why) {
        meters.failed("dropped");
        log.error("Dropped {} to chat {}: {} ({})", call.method.getMethod(), chatOf(call), why, failure.description());
        return -1;
    }

    private void reportBlocked(Pending call) {
        if (call.chatId == null) {
            return;
        }
        try {
            chatBlocked.accept(call.chatId);
        } catch (RuntimeException e) {
            log.warn("chat {}: the blocked-chat callback failed", chatOf(call), e);
        }
    }

    private static String chatOf(Pending call) {
        return call.chatId == null ? "-" : LogIds.chat(call.chatId);
    }

    private <T extends Serializable> void execute(BotApiMethod<T> method) throws TelegramApiException {
        client.execute(method);
    }

    private void done() {
        if (pending.decrementAndGet() == 0) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    /** One call and how it has fared so far. */
    private static final class Pending {
        /** The chat a message goes to; null for calls that are not messages ({@link #call}). */
        final Long chatId;
        final BotApiMethod<? extends Serializable> method;
        /** What {@link #afterQueued} asked to run once this call is finished; guarded by the lane. */
        final List<Runnable> after = new ArrayList<>(0);
        int failedAttempts;
        int rateLimitWaits;

        Pending(Long chatId, BotApiMethod<? extends Serializable> method) {
            this.chatId = chatId;
            this.method = method;
        }
    }

    /** The queue and pacing state of one chat; guarded by its own monitor. */
    private static final class Lane {
        final Deque<Pending> queue = new ArrayDeque<>();
        /** The chat's limits; null for calls that are not chat messages, which are not paced. */
        final ChatPace pace;
        boolean active;
        /** Not before then: Telegram's retry_after or the backoff after a failed try. */
        long nextAllowed = System.nanoTime();

        Lane(ChatPace pace) {
            this.pace = pace;
        }

        /** Nothing queued, no retry waiting and the buckets full again: dropping the lane loses nothing. */
        synchronized boolean isForgettable(long now) {
            return !active && queue.isEmpty() && nextAllowed - now <= 0 && (pace == null || pace.isRested());
        }
    }
}
