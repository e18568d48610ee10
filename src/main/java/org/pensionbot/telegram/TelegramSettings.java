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
 * @param floodMessages more messages than this per user within {@code floodWindow} trigger the
 *     "请慢一点" warning
 * @param floodQuiet how long a flooding user is then ignored
 * @param handlerThreads chats handled in parallel
 * @param senderThreads threads making outgoing calls
 * @param shutdownTimeout everything stops within this time after {@link TelegramBot#close()}
 * @param startupAttempts tries of {@code getMe} when Telegram cannot be reached at start
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
        int startupAttempts) {

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
            3);

    public TelegramSettings {
        if (pollTimeoutSeconds < 0 || pollLimit < 1 || pollLimit > 100 || handlerThreads < 1 || senderThreads < 1
                || startupAttempts < 1) {
            throw new IllegalArgumentException("invalid Telegram settings: " + pollTimeoutSeconds + " s poll, limit "
                    + pollLimit + ", " + handlerThreads + "/" + senderThreads + " threads, " + startupAttempts + " start tries");
        }
    }

    public TelegramSettings withSendLimits(SendLimits limits) {
        return new TelegramSettings(limits, sendRetry, pollRetry, pollTimeoutSeconds, pollLimit, floodMessages,
                floodWindow, floodQuiet, handlerThreads, senderThreads, shutdownTimeout, startupAttempts);
    }

    public TelegramSettings withRetries(RetryPolicy send, RetryPolicy poll) {
        return new TelegramSettings(sendLimits, send, poll, pollTimeoutSeconds, pollLimit, floodMessages,
                floodWindow, floodQuiet, handlerThreads, senderThreads, shutdownTimeout, startupAttempts);
    }

    public TelegramSettings withPolling(int timeoutSeconds, int limit) {
        return new TelegramSettings(sendLimits, sendRetry, pollRetry, timeoutSeconds, limit, floodMessages,
                floodWindow, floodQuiet, handlerThreads, senderThreads, shutdownTimeout, startupAttempts);
    }

    public TelegramSettings withFlood(int messages, Duration window, Duration quiet) {
        return new TelegramSettings(sendLimits, sendRetry, pollRetry, pollTimeoutSeconds, pollLimit, messages,
                window, quiet, handlerThreads, senderThreads, shutdownTimeout, startupAttempts);
    }

    public TelegramSettings withStartupAttempts(int attempts) {
        return new TelegramSettings(sendLimits, sendRetry, pollRetry, pollTimeoutSeconds, pollLimit, floodMessages,
                floodWindow, floodQuiet, handlerThreads, senderThreads, shutdownTimeout, attempts);
    }
}
