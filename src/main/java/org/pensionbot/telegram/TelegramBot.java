package org.pensionbot.telegram;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import okhttp3.OkHttpClient;
import org.pensionbot.config.BotConfig;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram channel: connects with the bot token, receives updates — by long polling, or through
 * a {@link Webhook} when the extensions name one — and answers them until stopped.
 *
 * <pre>{@code
 * int exitCode = TelegramBot.run(config, engine);   // blocks until SIGTERM / Ctrl-C
 * }</pre>
 *
 * <p>At start it checks the token with {@code getMe} and logs the bot's username; a rejected
 * token ends {@link #run} with one log line and exit code {@value #EXIT_BAD_TOKEN}, an
 * unreachable Bot API with {@value #EXIT_UNREACHABLE}. {@link #close()} (and so SIGTERM) stops
 * within {@link TelegramSettings#shutdownTimeout()}: it stops polling, finishes the batch being
 * handled, runs the extensions' stop hooks, gives queued replies the remaining time to go out,
 * ends every thread it started, and runs the extensions' closed hooks.
 * Updates are neither lost nor answered twice across a restart, and none is lost even when the
 * process is killed: an update is confirmed to Telegram only once its answer is out (see
 * {@link UpdateBatchConsumer}, {@link UnansweredUpdates} and {@link HandledUpdateStore}).
 *
 * <p>Webhook mode ({@link TelegramExtensions.Builder#webhook}): {@code setWebhook} with the URL and
 * secret replaces polling (and starting in polling mode again calls {@code deleteWebhook}); updates
 * are stored and claimed in the shared database by the webhook and handled by a
 * {@link WebhookDispatcher}, so several instances behind a load balancer answer each update once.
 *
 * <p>telegrambots provides the HTTP client and the long-polling loop; this package adds what it
 * lacks: rate limiting, retries, message splitting, deduplication and a clean shutdown.
 */
public final class TelegramBot implements AutoCloseable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_UNREACHABLE = 1;
    public static final int EXIT_BAD_TOKEN = 2;

    /** Where {@link #run} remembers handled updates unless an extension provides a store. */
    public static final Path DEFAULT_HANDLED_UPDATES_FILE = Path.of("data", "telegram-handled-updates.txt");

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private static final Duration POLL_STOP_BUDGET = Duration.ofMillis(1500);
    private static final Duration CLOSE_MARGIN = Duration.ofMillis(300);
    private static final Duration START_RETRY_WAIT = Duration.ofSeconds(2);

    private final BotIdentity identity;
    private final TelegramSettings settings;
    private final OkHttpClient sendHttp;
    private final OkHttpClient pollHttp;
    private final OutboundQueue outbox;
    private final List<Runnable> stopHooks;
    private final List<Runnable> closedHooks;
    private final ScheduledExecutorService pollExecutor;
    private final PollingBackOff backOff;
    private final TelegramBotsLongPollingApplication application;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    /** Webhook mode only: the route, and what handles the updates it claims. */
    private Webhook webhook;
    private WebhookDispatcher dispatcher;

    private TelegramBot(BotIdentity identity, TelegramSettings settings, OkHttpClient sendHttp, OkHttpClient pollHttp,
                        TelegramClient client, TelegramExtensions extensions) {
        this.identity = identity;
        this.settings = settings;
        this.sendHttp = sendHttp;
        this.pollHttp = pollHttp;
        this.stopHooks = extensions.stopHooks();
        this.closedHooks = extensions.closedHooks();
        this.outbox = new OutboundQueue(client, settings.sendLimits(), settings.sendRetry(), settings.senderThreads(),
                blockedChats(extensions.chatBlockedHooks()), extensions.meters());
        this.pollExecutor = Executors.newSingleThreadScheduledExecutor(new NamedThreads(NamedThreads.PREFIX + "poll"));
        this.backOff = new PollingBackOff(settings.pollRetry());
        this.application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> pollExecutor, () -> backOff);
    }

    /** Runs the bot with no extensions until the JVM is told to stop; returns the exit code. */
    public static int run(BotConfig config, DialogEngine engine) {
        return run(config, engine, TelegramExtensions.none());
    }

    /**
     * Runs the bot until the JVM is told to stop (SIGTERM, Ctrl-C); returns the exit code. Handled
     * update ids go to {@link #DEFAULT_HANDLED_UPDATES_FILE} unless the extensions name a store.
     */
    public static int run(BotConfig config, DialogEngine engine, TelegramExtensions extensions) {
        return run(config, engine, extensions, TelegramSettings.DEFAULTS);
    }

    /** Like {@link #run(BotConfig, DialogEngine, TelegramExtensions)} with other settings (e.g. a share of the sending rate). */
    public static int run(BotConfig config, DialogEngine engine, TelegramExtensions extensions, TelegramSettings settings) {
        TelegramExtensions withStore = extensions.handledUpdates().isPresent() ? extensions
                : extensions.withHandledUpdates(new FileHandledUpdateStore(DEFAULT_HANDLED_UPDATES_FILE));
        TelegramBot bot;
        try {
            bot = start(config, engine, withStore, settings);
        } catch (TelegramStartupException e) {
            log.error(e.getMessage());
            return e.exitCode();
        }
        Thread hook = new Thread(bot::close, NamedThreads.PREFIX + "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            bot.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bot.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException jvmShuttingDown) {
            // The hook is what closed the bot; nothing to remove.
        }
        return EXIT_OK;
    }

    /**
     * Connects and starts polling; returns once the bot is answering. The caller must
     * {@link #close()} it.
     *
     * @throws TelegramStartupException with a one-line message and an exit code when the token is
     *     missing or rejected, or the Bot API cannot be reached
     */
    public static TelegramBot start(BotConfig config, DialogEngine engine, TelegramExtensions extensions,
                                    TelegramSettings settings) throws TelegramStartupException {
        String token = config.telegramToken().filter(t -> !t.isBlank()).orElseThrow(() -> new TelegramStartupException(
                EXIT_BAD_TOKEN, "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and set its token"));
        URI apiUrl = config.telegramApiUrl();
        TelegramUrl url = telegramUrl(apiUrl);
        OkHttpClient sendHttp = HttpClients.create(NamedThreads.PREFIX + "http", settings.sendReadTimeout());
        OkHttpClient pollHttp = HttpClients.create(NamedThreads.PREFIX + "poll-http",
                Duration.ofSeconds(settings.pollTimeoutSeconds()).plus(settings.pollReadMargin()));
        TelegramBot bot = null;
        try {
            TelegramClient client = new OkHttpTelegramClient(sendHttp, token, url);
            BotIdentity identity = identify(client, apiUrl, settings.startupAttempts());
            log.info("Connected to Telegram as @{} (id {}) via {}", identity.username(), identity.id(), apiUrl);
            registerCommands(client, extensions);
            bot = new TelegramBot(identity, settings, sendHttp, pollHttp, client, extensions);
            bot.listen(token, url, engine, extensions);
            if (extensions.webhook().isPresent()) {
                setWebhook(client, extensions.webhook().get());
            }
            return bot;
        } catch (TelegramStartupException | RuntimeException e) {
            if (bot != null) {
                bot.close();
            }
            HttpClients.shutdown(sendHttp);
            HttpClients.shutdown(pollHttp);
            throw e;
        }
    }

    private void listen(String token, TelegramUrl url, DialogEngine engine, TelegramExtensions extensions)
            throws TelegramStartupException {
        ReplyRenderer renderer = new ReplyRenderer(engine::popularTopics, extensions.answerButtons());
        Addressing addressing = new Addressing(identity);
        FloodGuard flood = new FloodGuard(settings.floodMessages(), settings.floodWindow(), settings.floodQuiet(), System::nanoTime);
        Conversations conversations = new Conversations(engine);
        UpdateRouter router = new UpdateRouter(
                new MessageHandler(engine, conversations, outbox, renderer, addressing, extensions),
                new CallbackQueryHandler(engine, conversations, outbox, renderer, extensions),
                outbox, addressing, flood);
        if (extensions.webhook().isPresent()) {
            listenToWebhook(router, extensions);
            return;
        }
        HandledUpdateStore store = extensions.handledUpdates().orElseGet(HandledUpdateStore::inMemory);
        UpdateDeduplicator handled = new UpdateDeduplicator(UpdateDeduplicator.DEFAULT_CAPACITY, store.load());
        ExecutorService handlers = Executors.newFixedThreadPool(settings.handlerThreads(), new NamedThreads(NamedThreads.PREFIX + "handle"));
        UnansweredUpdates unanswered = new UnansweredUpdates();
        UpdateBatchConsumer consumer = new UpdateBatchConsumer(router, handled, store, outbox, unanswered, handlers,
                extensions.meters());

        runStartHooks(extensions);
        try {
            application.registerBot(token, () -> url,
                    new UpdatesRequest(settings.pollTimeoutSeconds(), settings.pollLimit(), unanswered), consumer);
        } catch (TelegramApiException e) {
            handlers.shutdownNow();
            throw new TelegramStartupException(EXIT_UNREACHABLE, "Cannot start long polling (deleteWebhook failed): " + e.getMessage());
        }
    }

    /**
     * Webhook mode: the start hooks run, then the route is bound to the handlers; updates that
     * arrive before that are answered 503 and come again.
     */
    private void listenToWebhook(UpdateRouter router, TelegramExtensions extensions) {
        ExecutorService handlers = Executors.newFixedThreadPool(settings.handlerThreads(), new NamedThreads(NamedThreads.PREFIX + "handle"));
        webhook = extensions.webhook().get();
        dispatcher = new WebhookDispatcher(router, webhook.claims(), outbox, handlers, extensions.meters());
        runStartHooks(extensions);
        webhook.bind(dispatcher);
    }

    /**
     * Tells Telegram where to post updates, with the secret it must send back. Replaces any
     * earlier webhook; every instance registers the same URL and secret, so the order does not matter.
     */
    private static void setWebhook(TelegramClient client, Webhook webhook) throws TelegramStartupException {
        try {
            client.execute(SetWebhook.builder()
                    .url(webhook.publicUrl().toString())
                    .secretToken(webhook.secret().value())
                    .allowedUpdates(List.of("message", "callback_query"))
                    .build());
            log.info("Receiving updates by webhook at {}", webhook.publicUrl());
        } catch (TelegramApiException e) {
            throw new TelegramStartupException(EXIT_UNREACHABLE, "Cannot register the webhook " + webhook.publicUrl()
                    + " with Telegram (" + SendFailure.of(e).description() + ")");
        }
    }

    private void runStartHooks(TelegramExtensions extensions) {
        for (var hook : extensions.startHooks()) {
            try {
                hook.accept(outbox);
            } catch (RuntimeException e) {
                log.error("A Telegram extension failed to start; the bot runs without it", e);
            }
        }
    }

    public BotIdentity identity() {
        return identity;
    }

    /** Where extensions (reminders, admin notices) send their messages. */
    public Outbox outbox() {
        return outbox;
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops polling, finishes the batch in hand, runs the extensions' stop hooks (last registered
     * first), lets queued replies go out while time remains, ends every thread the bot started,
     * and then runs the closed hooks (last registered first), all within
     * {@link TelegramSettings#shutdownTimeout()} if the hooks are quick.
     * Safe to call more than once and from any thread; later calls wait for the first.
     *
     * <p>Everything happens before this method returns, because on SIGTERM it runs in a shutdown
     * hook and the JVM may halt as soon as it does.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            try {
                closed.await(settings.shutdownTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        long started = System.nanoTime();
        long deadline = started + settings.shutdownTimeout().toNanos();
        log.info("Stopping the Telegram bot");
        if (webhook != null) {
            // New calls get 503 and go to another instance or come again; open claims are taken over.
            webhook.unbind();
            dispatcher.close();
        }
        backOff.stop();
        stopPolling(started + POLL_STOP_BUDGET.toNanos());
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Long polling did not close cleanly", e);
        }
        // No update is being handled any more; what the extensions send while stopping still goes out.
        runHooks(stopHooks, "stop");
        outbox.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime() - CLOSE_MARGIN.toNanos())));
        HttpClients.shutdown(sendHttp);
        HttpClients.shutdown(pollHttp);
        runHooks(closedHooks, "close");
        log.info("Telegram bot stopped in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        closed.countDown();
    }

    /** Last registered first, like try-with-resources; one failing does not skip the rest. */
    private static void runHooks(List<Runnable> hooks, String what) {
        for (int i = hooks.size() - 1; i >= 0; i--) {
            try {
                hooks.get(i).run();
            } catch (RuntimeException e) {
                log.error("A Telegram extension failed to {} cleanly", what, e);
            }
        }
    }

    /** All blocked-chat hooks as one callback for the queue; one failing does not skip the rest. */
    private static LongConsumer blockedChats(List<LongConsumer> hooks) {
        return chatId -> {
            for (LongConsumer hook : hooks) {
                try {
                    hook.accept(chatId);
                } catch (RuntimeException e) {
                    log.warn("chat {}: a blocked-chat hook failed", LogIds.chat(chatId), e);
                }
            }
        };
    }

    /**
     * Ends the long poll now instead of waiting up to its timeout. The library may be between two
     * calls when we cancel, so cancellation repeats until its thread has finished.
     */
    private void stopPolling(long deadline) {
        Runnable restoreLog = muteLibraryPollingLog();
        try {
            application.stop();
        } catch (TelegramApiException notRunning) {
            // Never started, or already stopped: nothing to stop.
        }
        pollExecutor.shutdown();
        try {
            while (!pollExecutor.awaitTermination(20, TimeUnit.MILLISECONDS)) {
                HttpClients.cancelAll(pollHttp);
                if (System.nanoTime() - deadline > 0) {
                    log.warn("Polling thread did not stop in time; interrupting it");
                    pollExecutor.shutdownNow();
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pollExecutor.shutdownNow();
        } finally {
            restoreLog.run();
        }
    }

    /**
     * telegrambots logs the cancelled long poll as an error with a stack trace. At shutdown that
     * is expected, so its logger is silenced for the moment the poll is being cancelled.
     */
    private static Runnable muteLibraryPollingLog() {
        if (LoggerFactory.getLogger(BotSession.class) instanceof ch.qos.logback.classic.Logger logback) {
            Level previous = logback.getLevel();
            logback.setLevel(Level.OFF);
            return () -> logback.setLevel(previous);
        }
        return () -> { };
    }

    private static BotIdentity identify(TelegramClient client, URI apiUrl, int attempts) throws TelegramStartupException {
        for (int attempt = 1; ; attempt++) {
            try {
                User me = client.execute(GetMe.builder().build());
                return new BotIdentity(me.getId(), me.getUserName());
            } catch (TelegramApiException e) {
                if (e instanceof TelegramApiRequestException request
                        && request.getErrorCode() != null && (request.getErrorCode() == 401 || request.getErrorCode() == 404)) {
                    throw new TelegramStartupException(EXIT_BAD_TOKEN, "Telegram rejected the bot token ("
                            + request.getErrorCode() + " " + request.getApiResponse() + "): check TELEGRAM_BOT_TOKEN"
                            + (request.getErrorCode() == 404 ? " and TELEGRAM_API_URL" : ""));
                }
                SendFailure failure = SendFailure.of(e);
                if (failure.kind() == SendFailure.Kind.PERMANENT || attempt >= attempts) {
                    throw new TelegramStartupException(EXIT_UNREACHABLE,
                            "Cannot reach the Telegram Bot API at " + apiUrl + " (" + failure.description() + ")");
                }
                log.warn("Telegram Bot API not reachable ({}); trying again", failure.description());
                sleep(failure.kind() == SendFailure.Kind.RATE_LIMITED ? failure.retryAfter() : START_RETRY_WAIT);
            }
        }
    }

    /** The menu Telegram shows next to the text field. Cosmetic: a failure is only logged. */
    private static void registerCommands(TelegramClient client, TelegramExtensions extensions) {
        List<BotCommand> commands = new ArrayList<>();
        commands.add(new BotCommand("start", "开始使用"));
        commands.add(new BotCommand("help", "怎么问我"));
        extensions.listedCommands().forEach(c -> commands.add(new BotCommand(c.name(), c.description())));
        try {
            client.execute(SetMyCommands.builder().commands(commands).build());
        } catch (TelegramApiException e) {
            log.warn("Could not register the command menu ({}); commands still work", SendFailure.of(e).description());
        }
    }

    private static TelegramUrl telegramUrl(URI uri) throws TelegramStartupException {
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            // telegrambots builds URLs from scheme, host and port only; a path would be ignored silently.
            throw new TelegramStartupException(EXIT_BAD_TOKEN,
                    "TELEGRAM_API_URL must not contain a path (was " + uri + "); use scheme://host[:port]");
        }
        boolean https = "https".equals(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (https ? 443 : 80);
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    private static void sleep(Duration wait) throws TelegramStartupException {
        try {
            Thread.sleep(wait.toMillis() + ThreadLocalRandom.current().nextLong(250));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramStartupException(EXIT_UNREACHABLE, "Interrupted while connecting to Telegram");
        }
    }
}
