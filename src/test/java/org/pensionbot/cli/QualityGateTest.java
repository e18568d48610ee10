package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.CorpusLoader;

/**
 * The quality bar of issue 2, the same as {@code eval --min-accuracy 0.95 --min-rejection 0.90}:
 * on {@code faq-corpus/tests.tsv} the real engine shows the right entry first for at least 95% of
 * answerable questions and refuses at least 90% of the questions it must not answer.
 *
 * <p>Never disable this test to make a build green: fix retrieval or the corpus instead. A
 * failure lists every miss.
 */
class QualityGateTest {

    static final double MIN_ACCURACY = 0.95;
    static final double MIN_REJECTION = 0.90;

    private static LabelledSetRun run;

    @BeforeAll
    static void evaluate() {
        run = LabelledSetRun.of(CorpusLoader.TESTS_FILE);
    }

    @Test
    void testSetIsWellFormed() {
        assertThat(run.problems()).isEmpty();
    }

    @Test
    void testSetHasAtLeast200RowsAnd40Negatives() {
        assertThat(List.of(run.rows().size(), run.report().negativeRows())).satisfiesExactly(
                total -> assertThat(total).isGreaterThanOrEqualTo(200),
                negatives -> assertThat(negatives).isGreaterThanOrEqualTo(40));
    }

    @Test
    void topOneAccuracyIsAtLeast95Percent() {
        assertThat(run.report().accuracy())
                .as("top-1 accuracy on %d answerable rows; misses:%n%s", run.report().answerableRows(), misses(true))
                .isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    @Test
    void atLeast90PercentOfNegativesAreRejected() {
        assertThat(run.report().rejection())
                .as("rejection on %d negative rows; wrongly answered:%n%s", run.report().negativeRows(), misses(false))
                .isGreaterThanOrEqualTo(MIN_REJECTION);
    }

    private static String misses(boolean answerable) {
        return run.misses(miss -> miss.row().answerable() == answerable);
    }
}
