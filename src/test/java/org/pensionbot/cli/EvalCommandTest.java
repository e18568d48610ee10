package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
