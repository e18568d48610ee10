package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** When the best entry is answered without asking. */
class DecisionThresholdsTest {

    private final DecisionThresholds defaults = DecisionThresholds.DEFAULTS;

    @Test
    void aHighLevelNeedsTheOrdinaryLead() {
        assertThat(defaults.answers(0.60, 0.47)).isTrue();
        assertThat(defaults.answers(0.60, 0.50)).as("a near tie is a choice").isFalse();
    }

    @Test
    void aLowerLevelIsAnsweredOnlyFarAheadOfTheRunnerUp() {
        assertThat(defaults.answers(0.47, 0.25)).isTrue();
        assertThat(defaults.answers(0.47, 0.30)).isFalse();
        assertThat(defaults.answers(0.47, 0)).isTrue();
    }

    @Test
    void belowBothLevelsNothingIsAnsweredHoweverFarAhead() {
        assertThat(defaults.answers(0.44, 0)).isFalse();
    }

    @Test
    void theThreeNumberFormHasOneRule() {
        DecisionThresholds one = new DecisionThresholds(0.52, 0.35, 0.12);

        assertThat(one.answers(0.50, 0)).isFalse();
        assertThat(one.answers(0.52, 0.40)).isTrue();
    }

    @Test
    void aClearLeadSmallerThanTheMarginIsRefused() {
        assertThatThrownBy(() -> new DecisionThresholds(0.52, 0.35, 0.12, 0.45, 0.10, 0.05, 0, 0.05, 0.15))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
