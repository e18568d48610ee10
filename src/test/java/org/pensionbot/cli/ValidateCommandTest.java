package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.RealCorpus;

/** {@code validate}: the admin's check before a corpus goes live. */
class ValidateCommandTest {

    @TempDir
    Path copy;

    @Test
    void realCorpusIsValid() {
        assertThat(CommandLineRun.of("validate", RealCorpus.DIR.toString()).exitCode()).isZero();
    }

    @Test
    void realCorpusReportsWhatItChecked() {
        assertThat(CommandLineRun.of("validate", RealCorpus.DIR.toString()).outLines()).last().asString().startsWith("OK: ");
    }

    @Test
    void brokenCopyExitsOne() throws IOException {
        breakIdOfAlipaySelf();

        assertThat(CommandLineRun.of("validate", copy.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void brokenCopyPrintsFileAndLine() throws IOException {
        breakIdOfAlipaySelf();

        assertThat(CommandLineRun.of("validate", copy.toString()).outLines())
                .contains(copy.resolve("entries/alipay-self.md") + ":2: id 'alipay' must equal the file name 'alipay-self'");
    }

    @Test
    void unknownIdInTestsTsvIsReportedWithItsLine() throws IOException {
        RealCorpus.copy(RealCorpus.DIR, copy);
        Path tests = copy.resolve("tests.tsv");
        String rows = Files.readString(tests).stripTrailing();
        Files.writeString(tests, rows + "\n支付宝怎么认证\tno-such-entry\n");

        assertThat(CommandLineRun.of("validate", copy.toString()).outLines())
                .contains(tests + ":" + (rows.lines().count() + 1) + ": unknown entry id 'no-such-entry'");
    }

    @Test
    void anAnswerTooLongForAPhoneScreenIsAWarningWithFileAndLineAndExitsZero() throws IOException {
        RealCorpus.copy(RealCorpus.DIR, copy);
        Path file = copy.resolve("entries/alipay-self.md");
        String text = Files.readString(file);
        String summary = text.substring(text.indexOf("\n---\n") + 5).lines().findFirst().orElseThrow();
        int summaryLine = (int) text.substring(0, text.indexOf("\n---\n") + 5).lines().count() + 1;
        Files.writeString(file, text.replace(summary, summary + "请慢慢看。".repeat(60)));

        CommandLineRun run = CommandLineRun.of("validate", copy.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith(file + ":" + summaryLine + ": warning: the first message of this answer")
                .contains("a phone screen shows about 300"));
        assertThat(run.outLines()).last().asString().startsWith("OK: ").contains("warning(s) to look at");
    }

    @Test
    void warningsAreListedWithErrorsAndTheErrorsDecideTheExitCode() throws IOException {
        breakIdOfAlipaySelf();
        Path file = copy.resolve("entries/for-others.md");
        String text = Files.readString(file);
        String summary = text.substring(text.indexOf("\n---\n") + 5).lines().findFirst().orElseThrow();
        Files.writeString(file, text.replace(summary, summary + "请慢慢看。".repeat(60)));

        CommandLineRun run = CommandLineRun.of("validate", copy.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line).startsWith(file + ":").contains(": warning: "));
    }

    @Test
    void startupRefusesABrokenCorpusWithTheSameMessage() throws IOException {
        breakIdOfAlipaySelf();

        assertThat(CommandLineRun.of("ask", "--corpus", copy.toString(), "支付宝怎么认证").err())
                .contains(copy.resolve("entries/alipay-self.md") + ":2: id 'alipay' must equal the file name 'alipay-self'");
    }

    private void breakIdOfAlipaySelf() throws IOException {
        RealCorpus.copy(RealCorpus.DIR, copy);
        Path file = copy.resolve("entries/alipay-self.md");
        String text = Files.readString(file);
        assertThat(text).contains("\nid: alipay-self\n").startsWith("---\nid: alipay-self\n");
        Files.writeString(file, text.replace("\nid: alipay-self\n", "\nid: alipay\n"));
    }
}
