package org.pensionbot.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pensionbot.admin.CorpusReloader;
import org.pensionbot.admin.CorpusWatcher;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.admin.VariantLearner;
import org.pensionbot.config.BotConfig;
import org.pensionbot.config.WebConfig;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.remind.Reminders;
import org.pensionbot.store.Storage;
import org.pensionbot.telegram.AdminCommands;
import org.pensionbot.telegram.AdminNotifier;
import org.pensionbot.telegram.EventLogListener;
import org.pensionbot.telegram.ReminderExtension;
import org.pensionbot.telegram.TelegramBot;
import org.pensionbot.telegram.TelegramExtensions;
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
        LiveIndex live = LiveIndex.load(config.corpusDir());
        log.info("FAQ corpus loaded: {} entries from {}", live.get().corpus().size(), config.corpusDir());
        // Both are closed by the bot's close already; closing again here (idempotent) covers a failed start.
        try (Storage storage = Storage.open(config);
             Reminders reminders = Reminders.create(storage.database(), Clock.systemUTC(), () -> live.get().corpus().menus())) {
            storage.retention().startDaily();
            CorpusReloader reloader = new CorpusReloader(live);
            DialogEngine engine = new DialogEngine(live);
            TelegramExtensions.Builder extensions = TelegramExtensions.builder()
                    .listener(new EventLogListener(storage.recorder()))
                    .onStart(outbox -> reloader.addListener(new AdminNotifier(config.adminIds(), outbox)))
                    .onClosed(storage::close);
            new AdminCommands(config, engine, live, reloader, storage.reports(), new VariantLearner(live.directory()))
                    .register(extensions);
            new ReminderExtension(reminders, () -> engine.corpus().menus()).register(extensions);
            // WEB_PORT set: the chat page runs beside the bot, on the same engine and database.
            Optional<WebConfig> web = WebConfig.besideTelegram(System.getenv());
            try (CorpusWatcher watcher = watch(reloader);
                 WebCommand.Page page = web.map(settings -> WebCommand.start(settings, engine, storage)).orElse(null)) {
                return TelegramBot.run(config, engine, extensions.build());
            }
        }
    }

    /** Hot reload is a convenience: without a watch service the bot still runs and /reload works. */
    private static CorpusWatcher watch(CorpusReloader reloader) {
        try {
            return CorpusWatcher.start(reloader);
        } catch (IOException e) {
            log.warn("Cannot watch the corpus folder ({}); edits are picked up only with /reload", e.getMessage());
            return null;
        }
    }
}
