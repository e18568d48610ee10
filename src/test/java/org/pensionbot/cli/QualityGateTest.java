package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pensionbot.corpus.CorpusLoader;

/**
 * The quality bar on {@code faq-corpus/tests.tsv}, the same as {@code eval --min-accuracy 0.93 --min-rejection 0.95}:
 * the real engine shows the right entry first for at least 93% of answerable questions (measured
 * 93.6 % with the Lucene + embedding retrieval; the old engine's 95 % was tuned on this very file)
 * and turns away at least 95% of the questions it must not answer (measured 97.3 %).
 *
 * <p>Never disable this test to make a build green: fix retrieval or the corpus instead. A
 * failure lists every miss.
 */
class QualityGateTest {

    static final double MIN_ACCURACY = 0.93;
    static final double MIN_REJECTION = 0.95;

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
    void topOneAccuracyIsAtLeast93Percent() {
        assertThat(run.report().accuracy())
                .as("top-1 accuracy on %d answerable rows; misses:%n%s", run.report().answerableRows(), misses(true))
                .isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    @Test
    void atLeast95PercentOfNegativesAreRejected() {
        assertThat(run.report().rejection())
                .as("rejection on %d negative rows; wrongly answered:%n%s", run.report().negativeRows(), misses(false))
                .isGreaterThanOrEqualTo(MIN_REJECTION);
    }

    private static String misses(boolean answerable) {
        return run.misses(miss -> miss.row().answerable() == answerable);
    }
}
