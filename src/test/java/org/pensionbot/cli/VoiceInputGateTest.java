package org.pensionbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pensionbot.eval.Outcome;

/**
 * Holds the level measured on questions typed by voice input or a pinyin IME ({@code tests-voice.tsv}):
 * homophones such as 任证, 养老斤 or 片子 reach the bot only through the synonyms file, which a later
 * edit could quietly undo. Measured 2026-12-05, once the homophone rules and the yes-or-no forms of
 * asking for the result (成功没成功) were in: 72 of 80 right first (90.0 %), none answered wrong, all 20
 * neighbouring matters turned away. Raise the bars as they improve.
 */
class VoiceInputGateTest {

    static final String FILE = "tests-voice.tsv";
    static final double MIN_TOP_ONE = 0.89;
    static final double MIN_TURNED_AWAY = 0.95;

    private static LabelledSetRun run;

    @BeforeAll
    static void evaluate() {
        run = LabelledSetRun.of(FILE);
    }

    @Test
    void setIsWellFormedWithNegatives() {
        assertThat(run.problems()).isEmpty();
        assertThat(run.rows()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(run.report().negativeRows()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void rightEntryFirstAtLeastAtTheMeasuredLevel() {
        assertThat(run.report().accuracy()).as("top-1 on %d voice-typed questions; misses:%n%s", run.report().answerableRows(),
                run.misses(miss -> miss.row().answerable())).isGreaterThanOrEqualTo(MIN_TOP_ONE);
    }

    @Test
    void noConfidentWrongAnswer() {
        assertThat(run.report().share(Outcome.ANSWERED_WRONG)).as("answered outright with another entry:%n%s",
                run.misses(miss -> miss.outcome() == Outcome.ANSWERED_WRONG)).isZero();
    }

    @Test
    void neighbouringQuestionsAreTurnedAway() {
        assertThat(run.report().rejection()).as("negatives not turned away:%n%s",
                run.misses(miss -> !miss.row().answerable())).isGreaterThanOrEqualTo(MIN_TURNED_AWAY);
    }
}
