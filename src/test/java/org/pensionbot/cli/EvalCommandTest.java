package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.corpus.RealCorpus;

/**
 * {@code eval FILE}: measures the real engine on labelled questions and, with a bar, fails CI
 * below it. The fixtures beside this test hold a few rows labelled right ({@code all-right.tsv})
 * or deliberately wrong ({@code all-wrong.tsv}).
 */
class EvalCommandTest {

    private static CommandLineRun rightWithBar;
    private static CommandLineRun wrongWithoutBar;
    private static CommandLineRun wrongBelowAccuracy;
    private static CommandLineRun wrongBelowRejection;

    @BeforeAll
    static void runEval() throws URISyntaxException {
        rightWithBar = eval("all-right.tsv", "--min-accuracy", "0.95", "--min-rejection", "0.90");
        wrongWithoutBar = eval("all-wrong.tsv");
        wrongBelowAccuracy = eval("all-wrong.tsv", "--min-accuracy", "0.95");
        wrongBelowRejection = eval("all-wrong.tsv", "--min-rejection", "0.90");
    }

    @Test
    void rowsAboveTheBarExitZero() {
        assertThat(rightWithBar.exitCode()).isZero();
    }

    @Test
    void reportGivesAccuracyOnAnswerableRows() {
        assertThat(rightWithBar.out()).contains("Answerable rows: 2, top-1 accuracy: 100.0%");
    }

    @Test
    void reportGivesTheShareOfNegativesRejected() {
        assertThat(rightWithBar.out()).contains("Negative rows: 2, rejected: 100.0%");
    }

    @Test
    void accuracyBelowTheBarExitsOne() {
        assertThat(wrongBelowAccuracy.exitCode()).isEqualTo(1);
    }

    @Test
    void accuracyBelowTheBarSaysSo() {
        assertThat(wrongBelowAccuracy.out()).contains("FAIL: top-1 accuracy 0.0% is below 95.0%");
    }

    @Test
    void rejectionBelowTheBarExitsOne() {
        assertThat(wrongBelowRejection.exitCode()).isEqualTo(1);
    }

    @Test
    void everyMissIsListedWithItsLine() {
        assertThat(wrongWithoutBar.out()).contains("line 2: 支付宝怎么认证").contains("line 3: 帮我妈认证");
    }

    @Test
    void withoutABarTheRunSucceeds() {
        assertThat(wrongWithoutBar.exitCode()).isZero();
    }

    /**
     * An admin keeps a run ({@code --save}) before editing the corpus, and after the edit reads the questions that
     * moved ({@code --compare}). Here the kept run says one question was answered wrongly and another fell back;
     * run again on the real corpus, both are listed as better, each with what it got then and now.
     */
    @Test
    void comparedWithAKeptRunTheQuestionsThatMovedAreListed(@TempDir Path folder) throws Exception {
        Path kept = folder.resolve("before.tsv");
        assertThat(eval("all-right.tsv", "--no-misses", "--save", kept.toString()).exitCode()).isZero();
        Files.writeString(kept, Files.readString(kept)
                .replace("支付宝怎么认证\talipay-self\tANSWERED_RIGHT\tanswer alipay-self",
                        "支付宝怎么认证\talipay-self\tANSWERED_WRONG\tanswer offline-certification")
                .replace("你好\t-\tTURNED_AWAY", "你好\t-\tNEGATIVE_ANSWERED"));

        CommandLineRun compared = eval("all-right.tsv", "--no-misses", "--compare", kept.toString());

        assertThat(compared.exitCode()).isZero();
        assertThat(compared.out())
                .contains("2 moved — 2 better, 0 worse, 0 changed otherwise (0 questions not in that run)")
                .containsPattern("better  all-right.tsv  支付宝怎么认证  \\[alipay-self]  answered wrong \\(answer offline-certification 0\\.\\d\\d ≈“")
                .containsPattern(" → answered right \\(answer alipay-self 0\\.\\d\\d ≈“")
                .contains("better  all-right.tsv  你好  [-]  answered (smalltalk -) → redirected or fallen back (smalltalk -)");
    }

    @Test
    void comparedWithTheSameCorpusNothingMoved(@TempDir Path folder) throws Exception {
        Path kept = folder.resolve("before.tsv");
        eval("all-right.tsv", "--no-misses", "--save", kept.toString());

        // --compare and --save may name the same file: the kept run is read before it is replaced.
        CommandLineRun again = eval("all-right.tsv", "--no-misses", "--compare", kept.toString(), "--save", kept.toString());

        assertThat(again.out()).contains("0 moved — 0 better, 0 worse, 0 changed otherwise (0 questions not in that run)");
        assertThat(Files.readAllLines(kept)).hasSize(5);   // the header and the fixture's four questions
    }

    @Test
    void aFileThatIsNoKeptRunIsRefusedWithItsLine(@TempDir Path folder) throws Exception {
        Path notARun = Files.writeString(folder.resolve("tests.tsv"), "支付宝怎么认证\talipay-self\n");

        CommandLineRun refused = eval("all-right.tsv", "--compare", notARun.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(notARun + ":1: not a saved outcome");
    }

    /**
     * {@code eval --dev} measures every development set of the corpus against its bar in {@code quality-bars.tsv} and
     * ends with one verdict, as {@code mvn test} would judge; the frozen half is never run.
     */
    @Test
    void everyDevelopmentSetIsMeasuredAgainstItsBarWithOneVerdict(@TempDir Path folder) throws Exception {
        Path corpus = smallCorpusWithOneRightRow(folder);
        Files.writeString(corpus.resolve("tests-mislabelled.tsv"), "支付宝怎么认证\tfor-others\n");
        Files.writeString(corpus.resolve("tests-real-frozen.tsv"), "帮我妈认证\tfor-others\n");
        Files.writeString(corpus.resolve("quality-bars.tsv"), "tests.tsv\t0.9\t-\t-\t-\ntests-mislabelled.tsv\t0.9\t-\t-\t-\n");

        CommandLineRun below = CommandLineRun.of("eval", "--corpus", corpus.toString(), "--dev", "--no-misses");
        Files.writeString(corpus.resolve("quality-bars.tsv"), "tests.tsv\t0.9\t-\t-\t-\ntests-mislabelled.tsv\t0\t-\t-\t-\n");
        CommandLineRun met = CommandLineRun.of("eval", "--corpus", corpus.toString(), "--dev", "--no-misses");

        assertThat(below.exitCode()).isEqualTo(1);
        assertThat(below.out()).contains("== " + corpus.resolve("tests.tsv")).doesNotContain("tests-real-frozen.tsv")
                .contains("BELOW ITS BAR (quality-bars.tsv): top-1 0.0 % < 90.0 %")
                .contains("Verdict: 1 of 2 below their bars — mvn test would fail: tests-mislabelled.tsv (top-1 0.0 % < 90.0 %)");
        assertThat(met.exitCode()).isZero();
        assertThat(met.out()).contains("Verdict: all 2 sets are at their bars.");
    }

    /** A bar holds the corpus's own set: a file elsewhere that happens to share its name is measured without one. */
    @Test
    void aSetOutsideTheCorpusFolderIsNotHeldToTheBarOfItsName(@TempDir Path folder) throws Exception {
        Path elsewhere = Files.writeString(folder.resolve("tests.tsv"), "支付宝怎么认证\tfraud-safety\n");

        CommandLineRun run = CommandLineRun.of("eval", "--corpus", RealCorpus.DIR.toString(), "--no-misses", elsewhere.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("Verdict").doesNotContain("BAR");
    }

    @Test
    void aMalformedBarIsNamedByFileAndLine(@TempDir Path folder) throws Exception {
        Path corpus = smallCorpusWithOneRightRow(folder);
        Files.writeString(corpus.resolve("quality-bars.tsv"), "# bars\ntests.tsv\t93%\t-\t-\t-\n");

        CommandLineRun refused = CommandLineRun.of("eval", "--corpus", corpus.toString(), "--dev");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(corpus.resolve("quality-bars.tsv") + ":2: '93%' is not a share between 0 and 1 (write 0.85 for 85 %) or '-'");
    }

    /** The small fixture corpus in {@code folder}, with a tests.tsv of one row labelled right. */
    private static Path smallCorpusWithOneRightRow(Path folder) throws Exception {
        Path corpus = RealCorpus.copy(Path.of(EvalCommandTest.class.getResource("/org/pensionbot/corpus/valid-corpus").toURI()),
                folder.resolve("corpus"));
        Files.writeString(corpus.resolve("tests.tsv"), "支付宝怎么认证\talipay-self\n");
        return corpus;
    }

    private static CommandLineRun eval(String fixture, String... bars) throws URISyntaxException {
        String file = Path.of(EvalCommandTest.class.getResource(fixture).toURI()).toString();
        String[] args = new String[4 + bars.length];
        args[0] = "eval";
        args[1] = "--corpus";
        args[2] = RealCorpus.DIR.toString();
        args[3] = file;
        System.arraycopy(bars, 0, args, 4, bars.length);
        return CommandLineRun.of(args);
    }
}
