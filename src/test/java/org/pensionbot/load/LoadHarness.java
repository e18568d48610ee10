package org.pensionbot.load;

import ch.qos.logback.classic.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.config.BotConfig;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.store.Storage;
import org.pensionbot.telegram.EventLogListener;
import org.pensionbot.telegram.FileHandledUpdateStore;
import org.pensionbot.telegram.TelegramBot;
import org.pensionbot.telegram.TelegramExtensions;
import org.pensionbot.telegram.TelegramSettings;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;
import org.slf4j.LoggerFactory;

/**
 * Runs the real bot against the fake Bot API under a {@link Workload} and returns what the fake
 * server saw.
 *
 * <p>"Real" means what {@code pension-bot telegram} runs: the corpus behind a live index, the
 * event log in SQLite, the file-backed handled-update store, and {@link TelegramSettings#DEFAULTS}
 * (Telegram's limits: 1 message/s per chat, 20/min per group, 30/s overall). Only the Bot API is
 * fake. Questions are pushed to the fake at their planned moments; the run ends when every
 * question has an answer or when answers stop coming for {@code QUIET_LIMIT}.
 *
 * <p>Also runnable on its own ({@code main}) with the same {@code -Dload.*} properties as
 * {@link LoadTest}.
 */
final class LoadHarness {

    // Nothing delivered for this long means the bot is stuck or done with what it will answer.
    private static final Duration QUIET_LIMIT = Duration.ofSeconds(90);
    private static final Duration STRAYS = Duration.ofSeconds(3);

    private LoadHarness() {
    }

    /**
     * What the fake server recorded during one run.
     *
     * @param updateIds the update id of each workload question, in workload order
     * @param calls every call the bot made
     */
    record Run(Workload workload, List<Integer> updateIds, List<Long> pushedAt, List<Long> fetchedAt,
               List<FakeBotApi.Call> calls, long endedAtMillis) {
    }

    static Run run(Workload workload, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        Path corpus = BotConfig.DEFAULT_CORPUS_DIR;
        // 10,000 INFO lines per run drown the report; warnings and errors still show.
        ch.qos.logback.classic.Logger botLog = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.pensionbot");
        Level previous = botLog.getLevel();
        botLog.setLevel(Level.WARN);
        try (FakeBotApi api = FakeBotApi.start();
             Storage storage = Storage.open("jdbc:sqlite:" + dataDir.resolve("events.db"), BotConfig.DEFAULT_RETENTION_DAYS,
                     Optional.empty(), Clock.systemUTC())) {
            DialogEngine engine = new DialogEngine(LiveIndex.load(corpus));
            TelegramExtensions extensions = TelegramExtensions.builder()
                    .listener(new EventLogListener(storage.recorder()))
                    .handledUpdates(new FileHandledUpdateStore(dataDir.resolve("telegram-handled-updates.txt")))
                    .build();
            try (TelegramBot bot = TelegramBot.start(api.config(), engine, extensions, TelegramSettings.DEFAULTS)) {
                List<Integer> ids = push(api, workload);
                awaitAnswers(api, workload.size());
                long ended = api.clockMillis();
                List<Long> pushed = new ArrayList<>(ids.size());
                List<Long> fetched = new ArrayList<>(ids.size());
                for (int id : ids) {
                    pushed.add(api.pushedAtMillis(id));
                    fetched.add(api.fetchedAtMillis(id));
                }
                return new Run(workload, ids, pushed, fetched, api.calls(), ended);
            }
        } finally {
            botLog.setLevel(previous);
        }
    }

    /** Pushes every question at its planned moment (late if the machine is slow, never early). */
    private static List<Integer> push(FakeBotApi api, Workload workload) throws InterruptedException {
        List<Integer> ids = new ArrayList<>(workload.size());
        long start = System.nanoTime();
        for (int i = 0; i < workload.size(); i++) {
            long due = start + TimeUnit.MILLISECONDS.toNanos(workload.offsetsMillis().get(i));
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Workload.Question q = workload.questions().get(i);
            ids.add(api.push(q.inGroup() ? Updates.groupText(q.chatId(), q.userId(), q.text()) : Updates.text(q.userId(), q.text())));
        }
        return ids;
    }

    private static void awaitAnswers(FakeBotApi api, int expected) throws InterruptedException {
        int last = -1;
        long lastChange = System.nanoTime();
        while (api.deliveredCount() < expected) {
            int now = api.deliveredCount();
            if (now != last) {
                last = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > QUIET_LIMIT.toNanos()) {
                return; // the report shows what is missing
            }
            Thread.sleep(200);
        }
        Thread.sleep(STRAYS.toMillis()); // a repeated answer would arrive now
    }

    /** {@code java -cp <test classpath> org.pensionbot.load.LoadHarness} with {@code -Dload.*} properties. */
    public static void main(String[] args) throws Exception {
        LoadTest.Options options = LoadTest.Options.fromSystemProperties();
        LoadReport report = LoadReport.of(run(options.workload(), Files.createTempDirectory("pension-load")));
        System.out.println(report.render());
        System.exit(report.problems().isEmpty() ? 0 : 1);
    }
}
