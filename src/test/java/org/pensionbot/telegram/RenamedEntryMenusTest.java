package org.pensionbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.admin.CorpusReloader;
import org.pensionbot.admin.LiveIndex;
import org.pensionbot.admin.ReloadResult;
import org.pensionbot.corpus.CorpusProblem;
import org.pensionbot.corpus.RealCorpus;
import org.pensionbot.dialog.DialogEngine;
import org.pensionbot.telegram.fake.FakeBotApi;
import org.pensionbot.telegram.fake.Updates;

/**
 * An admin renames an entry that a /start button opens. With {@code menus.yml} updated, the
 * button opens the entry under its new id after the reload; with {@code menus.yml} forgotten, the
 * reload is refused at the menus' lines and the button keeps working on the previous corpus.
 * Never a button that leads nowhere.
 */
class RenamedEntryMenusTest {

    private static final long USER = 4242;
    private static final String OLD_ID = "failure-help";
    private static final String NEW_ID = "face-scan-help";

    @TempDir
    Path temp;

    private Path corpus;
    private String label;
    private LiveIndex live;
    private CorpusReloader reloader;
    private FakeBotApi api;
    private TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        corpus = RealCorpus.copy(RealCorpus.DIR, temp.resolve("faq-corpus"));
        live = LiveIndex.load(corpus);
        reloader = new CorpusReloader(live);
        label = live.get().corpus().menus().startMenu().stream().filter(item -> item.entry().equals(OLD_ID))
                .findFirst().orElseThrow(() -> new AssertionError("a start-menu button opens " + OLD_ID)).label();
        api = FakeBotApi.start();
        bot = TelegramBot.start(api.config(), new DialogEngine(live), TelegramExtensions.none(), BotHarness.fastSettings());
    }

    @AfterEach
    void stop() throws Exception {
        try {
            bot.close();
        } finally {
            api.close();
        }
    }

    @Test
    void renamedWithItsMenusTheButtonOpensTheEntryUnderItsNewId() throws Exception {
        renameEverywhere(true);

        ReloadResult reload = reloader.reload();

        assertThat(reload.problems()).isEmpty();
        assertThat(BotHarness.replyKeyboardLabels(ask("/start").body())).contains(label);
        assertThat(BotHarness.callbackData(ask(label).body())).contains("f:+:" + NEW_ID);
    }

    @Test
    void renamedWithoutItsMenusTheReloadIsRefusedAtTheMenusLinesAndTheButtonStillWorks() throws Exception {
        renameEverywhere(false);

        ReloadResult reload = reloader.reload();

        assertThat(reload.ok()).isFalse();
        Path menus = corpus.resolve("menus.yml");
        assertThat(reload.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(menus);
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).contains("'" + OLD_ID + "' does not exist");
        });
        assertThat(reload.problems()).extracting(CorpusProblem::line).containsExactlyElementsOf(linesNaming(menus, OLD_ID));
        assertThat(BotHarness.callbackData(ask(label).body())).contains("f:+:" + OLD_ID);
    }

    /** Renames the file and every reference in the entries; in {@code menus.yml} only when asked. */
    private void renameEverywhere(boolean alsoMenus) throws IOException {
        Path entries = corpus.resolve("entries");
        Files.move(entries.resolve(OLD_ID + ".md"), entries.resolve(NEW_ID + ".md"));
        try (Stream<Path> files = Files.list(entries)) {
            for (Path file : files.toList()) {
                replaceId(file);
            }
        }
        if (alsoMenus) {
            replaceId(corpus.resolve("menus.yml"));
        }
    }

    private static void replaceId(Path file) throws IOException {
        Files.writeString(file, Files.readString(file).replaceAll("(?<![a-z0-9-])" + OLD_ID + "(?![a-z0-9-])", NEW_ID));
    }

    private static List<Integer> linesNaming(Path file, String id) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).replaceFirst("#.*", "").matches(".*(?<![a-z0-9-])" + id + "(?![a-z0-9-]).*"))
                .mapToObj(i -> i + 1).toList();
    }

    private FakeBotApi.Call ask(String text) throws InterruptedException {
        int before = api.messagesTo(USER).size();
        api.push(Updates.text(USER, text));
        return api.awaitMessages(USER, before + 1).get(before);
    }
}
