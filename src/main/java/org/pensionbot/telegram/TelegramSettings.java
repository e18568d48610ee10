package org.pensionbot.telegram;

import java.time.Duration;

/**
 * Timing and capacity knobs of the Telegram channel, with production defaults in
 * {@link #DEFAULTS}. Tests shorten the waits; operators have no reason to change them.
 *
 * @param sendLimits Telegram's rate limits as applied by the {@link OutboundQueue}
 * @param sendRetry retries of outgoing messages
 * @param pollRetry backoff between failed {@code getUpdates} calls (its attempt count is unused:
 *     polling never gives up)
 * @param pollTimeoutSeconds how long one {@code getUpdates} long poll may wait for updates
 * @param pollLimit at most this many updates per {@code getUpdates}
 * @param floodMessages how many messages a user may send in a row; the allowance refills evenly
 *     over {@code floodWindow}, and a user who uses it up gets the "请慢一点" warning
 * @param floodQuiet how long a flooding user is then ignored
 * @param handlerThreads chats handled in parallel
 * @param senderThreads threads making outgoing calls
 * @param shutdownTimeout everything stops within this time after {@link TelegramBot#close()}
 * @param startupAttempts tries of {@code getMe} when Telegram cannot be reached at start
 * @param sendReadTimeout how long a call other than {@code getUpdates} waits for Telegram's
 *     answer before it counts as a network failure (and is retried)
 * @param pollReadMargin how long past its own {@code pollTimeoutSeconds} a {@code getUpdates}
 *     waits: Telegram may hold a long poll a little longer, which must not look like a dead line
 */
public record TelegramSettings(
        SendLimits sendLimits,
        RetryPolicy sendRetry,
        RetryPolicy pollRetry,
        int pollTimeoutSeconds,
        int pollLimit,
        int floodMessages,
        Duration floodWindow,
        Duration floodQuiet,
        int handlerThreads,
        int senderThreads,
        Duration shutdownTimeout,
        int startupAttempts,
        Duration sendReadTimeout,
        Duration pollReadMargin) {

    public static final TelegramSettings DEFAULTS = new TelegramSettings(
            SendLimits.TELEGRAM,
            RetryPolicy.DEFAULT,
            new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofMinutes(1), 0, Duration.ZERO),
            50,
            100,
            20,
            Duration.ofMinutes(1),
            Duration.ofMinutes(1),
            8,
            8,
            Duration.ofMillis(4500),
            3,
            Duration.ofSeconds(30),
            Duration.ofSeconds(15));

    public TelegramSettings {
        if (pollTimeoutSeconds < 0 || pollLimit < 1 || pollLimit > 100 || handlerThreads < 1 || senderThreads < 1
                || startupAttempts < 1 || sendReadTimeout.isNegative() || sendReadTimeout.isZero() || pollReadMargin.isNegative()) {
            throw new IllegalArgumentException("invalid Telegram settings: " + pollTimeoutSeconds + " s poll, limit "
                    + pollLimit + ", " + handlerThreads + "/" + senderThreads + " threads, " + startupAttempts + " start tries, "
                    + sendReadTimeout + " send timeout, " + pollReadMargin + " poll margin");
        }
    }

    public TelegramSettings withSendLimits(SendLimits limits) {
        return new TelegramSettings(limits, sendRetry, pollRetry, pollTimeoutSeconds, pollLimit, floodMessages,
                floodWindow, floodQuiet, handlerThreads, senderThreads, shutdownTimeout, startupAttempts, sendReadTimeout,
                pollReadMargin);
    }

    public TelegramSettings withRetries(RetryPolicy send, RetryPolicy poll) {
        return new TelegramSettings(sendLimits, send, poll, pollTimeoutSeconds, pollLimit, floodMessages,
                floodWindow, floodQuiet, handlerThreads, senderThreads, shutdownTimeout, startupAttempts, sendReadTimeout,
                pollReadMargin);
    }

    public TelegramSettings withPolling(int timeoutSeconds, int limit) {
        return new TelegramSettings(sendLimits, sendRetry, pollRetry, timeoutSeconds, limit, floodMessages,
                floodWindow, floodQuiet, handlerThreads, senderThreads, shutdownTimeout, startupAttempts, sendReadTimeout,
                pollReadMargin);
    }

    public TelegramSettings withFlood(int messages, Duration window, Duration quiet) {
        return new TelegramSettings(sendLimits, sendRetry, pollRetry, pollTimeoutSeconds, pollLimit, messages,
                window, quiet, handlerThreads, senderThreads, shutdownTimeout, startupAttempts, sendReadTimeout, pollReadMargin);
    }

    public TelegramSettings withStartupAttempts(int attempts) {
        return new TelegramSettings(sendLimits, sendRetry, pollRetry, pollTimeoutSeconds, pollLimit, floodMessages,
                floodWindow, floodQuiet, handlerThreads, senderThreads, shutdownTimeout, attempts, sendReadTimeout, pollReadMargin);
    }

    /** Shorter waits for Telegram's answers, so tests of timeouts run in seconds. */
    public TelegramSettings withReadTimeouts(Duration send, Duration pollMargin) {
        return new TelegramSettings(sendLimits, sendRetry, pollRetry, pollTimeoutSeconds, pollLimit, floodMessages,
                floodWindow, floodQuiet, handlerThreads, senderThreads, shutdownTimeout, startupAttempts, send, pollMargin);
    }
}
