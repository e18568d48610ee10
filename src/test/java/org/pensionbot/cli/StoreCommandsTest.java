package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Reply;
import org.pensionbot.store.Storage;
import picocli.CommandLine;

/** {@code report} and {@code export-unanswered} run on a database the bot has written. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    String url;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void botHasAnsweredSomeQuestions() {
        url = "jdbc:sqlite:" + dir.resolve("bot.db");
        try (Storage storage = Storage.open(url, 180, Optional.empty(), Clock.systemUTC())) {
            FaqEntry alipay = new FaqEntry("alipay-self", "支付宝认证", List.of(), List.of(), List.of(), List.of(),
                    null, "", List.of(), List.of(), dir.resolve("alipay-self.md"));
            storage.recorder().record(1, new Reply.Answer("支付宝怎么认证", false, alipay, 0.9, List.of(), List.of()));
            for (int chat = 2; chat < 5; chat++) {
                storage.recorder().record(chat, fallback("在国外怎么做认证？"));
            }
            storage.recorder().record(5, fallback("我的身份证110101199003071234认证不了"));
            storage.recorder().recordFeedback(1, "alipay-self", true);
            storage.recorder().record("web", "session-1", fallback("养老金能领多少"));
        }
    }

    @Test
    void reportPrintsStatsAndTheUnansweredList() {
        int exit = run(new ReportCommand(), "--database", url, "--days", "7");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("近 7 天：6 个问题，6 位用户", "1. alipay-self：1 次", "alipay-self：👍 1  👎 0")
                .contains("按渠道（近 7 天）：\n  Telegram：5 个问题，5 位用户", "  网页：1 个问题，1 位用户 · 回答 0 · 追问 0 · 未答 1\n")
                .contains("1. 在国外怎么做认证？（Telegram · 3 次：未答 3，追问 0")
                .contains("养老金能领多少（网页 · 1 次：未答 1")
                .doesNotContain("110101199003071234");
    }

    /**
     * Each row is ready to label (its id column empty) and says how often it was asked and what the real corpus does
     * with it now: answered since, redirected, or the entries it comes closest to — the ids to choose the label from.
     */
    @Test
    void exportWritesQuestionTabLinesMostFrequentFirst() throws Exception {
        Path file = dir.resolve("unanswered.tsv");

        int exit = run(new ExportUnansweredCommand(), "--database", url, "--output", file.toString());

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("# ");
        // The two asked once tie on count; the web one is both later and first by text.
        assertThat(lines.subList(1, lines.size()))
                .containsExactly("在国外怎么做认证？\t\tasked 3×; now answered: abroad-certification",
                        "养老金能领多少\t\tasked 1×; now redirected as a neighbouring topic",
                        "我的身份证11**************34认证不了\t\tasked 1×; now falls back; closest: real-name-verification, app-registration, failure-help");
        assertThat(err.toString()).contains("Wrote 3 questions to " + file + " (1 of them answered by the corpus now: see the third column)");
    }

    @Test
    void anExportIntoAMissingFolderSaysSo() {
        Path nowhere = dir.resolve("no-such-folder").resolve("todo.tsv");

        int refused = run(new ExportUnansweredCommand(), "--database", url, "--output", nowhere.toString());

        assertThat(refused).isEqualTo(2);
        assertThat(err.toString()).contains("the folder " + nowhere.getParent() + " does not exist");
    }

    @Test
    void anExportNeverWritesOverAnExistingFileUnasked() throws Exception {
        Path labelled = Files.writeString(dir.resolve("todo.tsv"), "在国外怎么做认证？\tabroad-certification\n");

        int refused = run(new ExportUnansweredCommand(), "--database", url, "--output", labelled.toString());

        assertThat(refused).isEqualTo(2);
        assertThat(err.toString()).contains(labelled + " exists and may hold your labels");
        assertThat(Files.readString(labelled)).isEqualTo("在国外怎么做认证？\tabroad-certification\n");
        assertThat(run(new ExportUnansweredCommand(), "--database", url, "--output", labelled.toString(), "--force")).isZero();
        assertThat(Files.readString(labelled)).contains("养老金能领多少\t");
    }

    @Test
    void aMissingDatabaseIsOneLineAndExitCodeOne() {
        Path missing = dir.resolve("missing.db");

        int exit = run(new ReportCommand(), "--database", "jdbc:sqlite:" + missing);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("report: No database at " + missing).hasLineCount(1);
        assertThat(missing).doesNotExist();
    }

    @Test
    void aBadDayCountIsAUsageError() {
        assertThat(run(new ExportUnansweredCommand(), "--database", url, "--days", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--days must be between 1 and");
    }

    private int run(Object command, String... args) {
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private static Reply fallback(String question) {
        return new Reply.Fallback(question, false, Reply.FallbackReason.NO_MATCH, null, List.of(), List.of());
    }
}
