package org.pensionbot.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.pensionbot.config.BotConfig;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.telegram.FileHandledUpdateStore;
import org.pensionbot.telegram.TelegramBot;
import org.pensionbot.telegram.TelegramExtensions;
import org.pensionbot.telegram.fake.FakeBotApi;

/**
 * The bot as its own process, for tests that kill it:
 * {@code BotProcess <api url> <data dir> <corpus dir>}.
 *
 * <p>Loads the corpus, prints {@value #READY} and waits for a line on standard input, then runs
 * {@link TelegramBot#run} exactly as {@code pension-bot telegram} does (production settings and
 * limits) with the handled-update file in the data dir. Waiting lets a test build the index of the
 * next process while the current one runs, so a restart takes as long as the bot's own start, not
 * the index build. Exits with the bot's exit code; tests end it with SIGKILL.
 */
public final class BotProcess {

    static final String HANDLED_FILE = "telegram-handled-updates.txt";
    static final String READY = "corpus loaded";

    private BotProcess() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BotProcess <api url> <data dir> <corpus dir>");
            System.exit(64);
        }
        Path data = Path.of(args[1]);
        Path corpus = Path.of(args[2]);
        BotConfig config = new BotConfig(corpus, Optional.of(FakeBotApi.TOKEN), URI.create(args[0]), Set.of(),
                "jdbc:sqlite:" + data.resolve("events.db"), BotConfig.DEFAULT_RETENTION_DAYS);
        DialogEngine engine = RealEngine.load(corpus);
        System.out.println(READY);
        System.out.flush();
        if (new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() == null) {
            System.exit(0); // the test ended without needing this process
        }
        TelegramExtensions extensions = TelegramExtensions.builder()
                .handledUpdates(new FileHandledUpdateStore(data.resolve(HANDLED_FILE)))
                .build();
        System.exit(TelegramBot.run(config, engine, extensions));
    }
}
