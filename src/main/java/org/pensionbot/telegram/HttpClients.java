package org.pensionbot.telegram;

import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * OkHttp clients the bot can actually shut down.
 *
 * <p>OkHttp's default dispatcher runs calls on non-daemon threads that linger for 60 seconds, which
 * keeps the JVM alive after a stop. These clients use an executor with our own thread names, and
 * {@link #shutdown} cancels calls in flight (including a pending long poll), stops the threads and
 * closes pooled connections.
 */
final class HttpClients {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    // answerCallbackQuery and messages to many chats run at once; OkHttp's default allows 5 per host.
    private static final int MAX_REQUESTS_PER_HOST = 32;

    private HttpClients() {
    }

    static OkHttpClient create(String threadName, Duration readTimeout) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new NamedThreads(threadName));
        Dispatcher dispatcher = new Dispatcher(executor);
        dispatcher.setMaxRequests(MAX_REQUESTS_PER_HOST * 2);
        dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(CONNECT_TIMEOUT)
                .writeTimeout(WRITE_TIMEOUT)
                .readTimeout(readTimeout)
                .build();
    }

    /** Cancels every call, including synchronous ones blocked in a long poll. */
    static void cancelAll(OkHttpClient client) {
        client.dispatcher().cancelAll();
    }

    static void shutdown(OkHttpClient client) {
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdownNow();
        client.connectionPool().evictAll();
    }
}
