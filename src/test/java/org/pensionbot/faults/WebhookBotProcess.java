package org.pensionbot.faults;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pensionbot.config.BotConfig;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.http.HttpHost;
import org.pensionbot.remind.CertificationCycle;
import org.pensionbot.remind.Reminders;
import org.pensionbot.store.Storage;
import org.pensionbot.store.UpdateClaims;
import org.pensionbot.telegram.EventLogListener;
import org.pensionbot.telegram.ReminderExtension;
import org.pensionbot.telegram.TelegramBot;
import org.pensionbot.telegram.TelegramExtensions;
import org.pensionbot.telegram.TelegramSettings;
import org.pensionbot.telegram.Webhook;
import org.pensionbot.telegram.WebhookSecret;
import org.pensionbot.telegram.fake.FakeBotApi;

/**
 * One bot instance in webhook mode as its own process, for tests that run two and kill one:
 * {@code WebhookBotProcess <api url> <database url> <corpus dir> <http port>}.
 *
 * <p>Wired as {@code pension-bot telegram} wires webhook mode (database, update claims, the
 * webhook on the HTTP host, reminders, the event log), with production settings. One difference:
 * the reminders' clock is moved to noon Beijing time today, so that due reminders go out whenever
 * the test runs (they are only sent at civil hours). Loads the corpus, prints {@value #READY},
 * waits for a line on standard input, starts, prints {@value #STARTED}, and runs until killed.
 */
public final class WebhookBotProcess {

    static final String READY = "corpus loaded";
    static final String STARTED = "webhook bot started";
    static final URI PUBLIC_URL = URI.create("https://bot.example.org/telegram/webhook");

    private WebhookBotProcess() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: WebhookBotProcess <api url> <database url> <corpus dir> <http port>");
            System.exit(64);
        }
        Path corpus = Path.of(args[2]);
        BotConfig config = new BotConfig(corpus, Optional.of(FakeBotApi.TOKEN), URI.create(args[0]), Set.of(), args[1],
                BotConfig.DEFAULT_RETENTION_DAYS);
        DialogEngine engine = RealEngine.load(corpus);
        System.out.println(READY);
        System.out.flush();
        if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
            System.exit(0);
        }
        Storage storage = Storage.open(config);
        Reminders reminders = Reminders.create(storage.database(), noonInBeijing(), () -> engine.corpus().menus());
        Webhook webhook = new Webhook(PUBLIC_URL, WebhookSecret.of(null, FakeBotApi.TOKEN),
                new UpdateClaims(storage.database(), Clock.systemUTC(), UpdateClaims.newInstanceId()));
        HttpHost host = HttpHost.start("127.0.0.1", Integer.parseInt(args[3]), List.of(webhook));
        TelegramExtensions.Builder extensions = TelegramExtensions.builder()
                .listener(new EventLogListener(storage.recorder()))
                .webhook(webhook)
                .onClosed(storage::close);
        new ReminderExtension(reminders, () -> engine.corpus().menus()).register(extensions);
        TelegramBot bot = TelegramBot.start(config, engine, extensions.build(), TelegramSettings.DEFAULTS);
        System.out.println(STARTED);
        System.out.flush();
        bot.awaitClosed();
        host.close();
    }

    private static Clock noonInBeijing() {
        Clock system = Clock.systemUTC();
        var noon = LocalDate.now(CertificationCycle.ZONE).atTime(LocalTime.NOON).atZone(CertificationCycle.ZONE).toInstant();
        return Clock.offset(system, Duration.between(system.instant(), noon));
    }
}
