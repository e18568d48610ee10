package org.pensionbot.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pensionbot.admin.AdminConversation;
import org.pensionbot.admin.CorpusReloader;
import org.pensionbot.admin.CorpusWatcher;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.admin.VariantLearner;
import org.pensionbot.config.BotConfig;
import org.pensionbot.config.ConfigException;
import org.pensionbot.config.HttpConfig;
import org.pensionbot.config.WebConfig;
import org.pensionbot.config.WebhookConfig;
import org.pensionbot.dialog.Conversations;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.http.HttpHost;
import org.pensionbot.ops.AnswerMeters;
import org.pensionbot.ops.HealthRoutes;
import org.pensionbot.ops.PrometheusMetrics;
import org.pensionbot.ops.Readiness;
import org.pensionbot.ops.ReloadMeters;
import org.pensionbot.remind.Reminders;
import org.pensionbot.store.AdminNotices;
import org.pensionbot.store.Storage;
import org.pensionbot.store.UpdateClaims;
import org.pensionbot.telegram.AdminCommands;
import org.pensionbot.telegram.AdminNotifier;
import org.pensionbot.telegram.EventLogListener;
import org.pensionbot.telegram.ReminderExtension;
import org.pensionbot.telegram.TelegramBot;
import org.pensionbot.telegram.SendLimits;
import org.pensionbot.telegram.TelegramExtensions;
import org.pensionbot.telegram.TelegramSettings;
import org.pensionbot.telegram.Webhook;
import org.pensionbot.telegram.WebhookSecret;
import org.pensionbot.web.WebChat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code telegram}: runs the Telegram bot (also what runs by default when
 * {@code TELEGRAM_BOT_TOKEN} is set). Wires the pieces together: the live corpus with hot
 * reload, the database for statistics and reminders, the admin commands, the reload
 * notifications and the yearly certification reminders.
 *
 * <p>Shutdown order, all inside the bot's close, which SIGTERM runs in a shutdown hook after which
 * the JVM may halt: polling stops, the reminder scheduler stops, the outbound queue drains and
 * closes (a 403 met meanwhile still reaches the database), and the database closes last.
 *
 * <p>Start-up refuses a broken corpus or an unopenable database with one clear message rather
 * than serving half a bot.
 */
@Command(name = "telegram", mixinStandardHelpOptions = true, description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN).")
final class TelegramCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(TelegramCommand.class);

    @ParentCommand
    Main main;

    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() throws Exception {
        BotConfig config = main.config().withCorpusDir(corpus.resolve(main.config()));
        // Settings first: a bad value stops start-up before the index is built.
        Optional<WebhookConfig> webhookConfig = WebhookConfig.fromEnvironment(System.getenv());
        Optional<WebConfig> webConfig = WebConfig.besideTelegram(System.getenv());
        Optional<HttpConfig> http = server(System.getenv(), webhookConfig.isPresent(), webConfig);
        SendLimits limits = TelegramSettings.DEFAULTS.sendLimits();
        TelegramSettings settings = TelegramSettings.DEFAULTS.withSendLimits(new SendLimits(limits.perChatInterval(),
                limits.groupMessages(), limits.groupWindow(), WebhookConfig.messagesPerSecond(System.getenv())));
        LiveIndex live = LiveIndex.load(config.corpusDir());
        log.info("FAQ corpus loaded: {} entries from {}", live.get().corpus().size(), config.corpusDir());
        PrometheusMetrics metrics = new PrometheusMetrics();
        Readiness readiness = new Readiness();
        // Both are closed by the bot's close already; closing again here (idempotent) covers a failed start.
        try (Storage storage = Storage.open(config);
             Reminders reminders = Reminders.create(storage.database(), Clock.systemUTC(), () -> live.get().corpus().menus(),
                     metrics.registry())) {
            DialogEngine engine = new DialogEngine(live);
            List<HttpHost.Routes> routes = new ArrayList<>(List.of(new HealthRoutes(readiness), metrics));
            Optional<Webhook> webhook = webhookConfig.map(w -> new Webhook(w.url(),
                    WebhookSecret.of(w.secret().orElse(null), config.telegramToken().orElse("")),
                    new UpdateClaims(storage.database(), Clock.systemUTC(), UpdateClaims.newInstanceId())));
            webhook.ifPresent(routes::add);
            // WEB_PORT set: the chat page runs beside the bot, on the same engine, database and server.
            Optional<WebChat> web = webConfig.map(page ->
                    new WebChat(engine, new Conversations(engine), Optional.of(storage.recorder()), page));
            web.ifPresent(routes::add);
            try (HttpHost host = http.map(h -> HttpHost.start(h.host(), h.port(), routes)).orElse(null);
                 AutoCloseable queuedWebStatistics = () -> web.ifPresent(WebChat::close)) {
                return runBot(config, settings, live, engine, storage, reminders, readiness, metrics, webhook);
            }
        }
    }

    /**
     * The process's one HTTP server: {@code HTTP_HOST}/{@code HTTP_PORT} when set; otherwise, with
     * the web chat beside the bot, its {@code WEB_HOST}/{@code WEB_PORT}; otherwise the webhook's
     * default, or none. Two different ports would mean two servers, so they are refused.
     */
    static Optional<HttpConfig> server(Map<String, String> env, boolean webhook, Optional<WebConfig> web) {
        Optional<HttpConfig> configured = HttpConfig.fromEnvironment(env, false);
        if (web.isEmpty()) {
            return HttpConfig.fromEnvironment(env, webhook);
        }
        if (configured.isPresent() && configured.get().port() != web.get().port()) {
            throw new ConfigException("WEB_PORT (" + web.get().port() + ") and HTTP_PORT (" + configured.get().port()
                    + ") differ, but the web chat is served on the one HTTP server: set only one of them");
        }
        return configured.or(() -> Optional.of(new HttpConfig(web.get().host(), web.get().port())));
    }

    private static int runBot(BotConfig config, TelegramSettings settings, LiveIndex live, DialogEngine engine, Storage storage,
                              Reminders reminders, Readiness readiness, PrometheusMetrics metrics, Optional<Webhook> webhook)
            throws Exception {
        readiness.check("index", () -> live.lastGoodLoad() != null)
                .check("database", storage.database()::ping);
        webhook.ifPresent(w -> readiness.check("telegram", w::bound));
        storage.retention().startDaily();
        CorpusReloader reloader = new CorpusReloader(live);
        reloader.addListener(new ReloadMeters(metrics.registry()));
        TelegramExtensions.Builder extensions = TelegramExtensions.builder()
                .listener(new AnswerMeters(metrics.registry(), new EventLogListener(storage.recorder())))
                .meters(metrics.registry())
                .onStart(outbox -> reloader.addListener(new AdminNotifier(config.adminIds(), outbox,
                        new AdminNotices(storage.database(), Clock.systemUTC())::firstToSend)))
                .onClosed(storage::close);
        new AdminCommands(config, new AdminConversation(engine, live, reloader, storage.reports(),
                new VariantLearner(live.directory()))).register(extensions);
        new ReminderExtension(reminders, () -> engine.corpus().menus()).register(extensions);
        webhook.ifPresent(extensions::webhook);
        try (CorpusWatcher watcher = CorpusWatcher.startOrWarn(reloader, "edits are picked up only with /reload")) {
            return TelegramBot.run(config, engine, extensions.build(), settings);
        }
    }
}
