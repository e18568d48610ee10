package org.pensionbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** When the best entry is answered without asking. */
class DecisionThresholdsTest {

    private final DecisionThresholds defaults = DecisionThresholds.DEFAULTS;

    @Test
    void theAnsweringLevelNeedsTheOrdinaryLead() {
        assertThat(defaults.answers(0.60, 0.47)).isTrue();
        assertThat(defaults.answers(0.60, 0.50)).as("a near tie is a choice").isFalse();
    }

    @Test
    void aVeryHighLevelNeedsOnlyASmallLead() {
        assertThat(defaults.answers(0.75, 0.68)).isTrue();
        assertThat(defaults.answers(0.75, 0.71)).as("a tie is still a choice").isFalse();
        assertThat(defaults.answers(0.66, 0.59)).as("below the very high level").isFalse();
    }

    @Test
    void aLowerLevelIsAnsweredOnlyFarAheadOfTheRunnerUp() {
        assertThat(defaults.answers(0.47, 0.25)).isTrue();
        assertThat(defaults.answers(0.47, 0.30)).isFalse();
        assertThat(defaults.answers(0.47, 0)).isTrue();
    }

    @Test
    void anEntryTheClassifierFindsLikelyIsAnsweredWhateverItsLead() {
        assertThat(defaults.answers(0.40, 0.39, 0.6, 0.1, false)).as("likely, close runner-up").isTrue();
        assertThat(defaults.answers(0.62, 0.61, 0.4, 0.1, false)).as("not likely enough").isFalse();
        assertThat(defaults.answers(0.33, 0.20, 0.6, 0.05, false)).as("below the level for it").isFalse();
    }

    @Test
    void laterInAChatALikelyEntryNeedsAHigherLevel() {
        assertThat(defaults.answers(0.62, 0.61, 0.6, 0.1, true)).as("likely, close runner-up").isTrue();
        assertThat(defaults.answers(0.58, 0.57, 0.9, 0.05, true)).as("a question on its own would be answered").isFalse();
    }

    @Test
    void anEntryIsNotAnsweredWhenTheClassifierFindsAnotherLikely() {
        assertThat(defaults.answers(0.75, 0.62, 0.01, 0.86, false)).as("far ahead, but doubted while another is likely").isFalse();
        assertThat(defaults.answers(0.75, 0.62, 0.01, 0.30, false)).as("no other is likely").isTrue();
        assertThat(defaults.answers(0.75, 0.62, 0.21, 0.56, false)).as("another is likely, but this one is not doubted").isTrue();
    }

    @Test
    void aLikelyRunnerUpIsAnsweredWhenTheClosestIsDoubted() {
        assertThat(defaults.answersLikelyRunnerUp(0.59, 0.01, 0.54, 0.81, false)).as("close behind a doubted closest entry").isTrue();
        assertThat(defaults.answersLikelyRunnerUp(0.57, 0.17, 0.52, 0.65, false)).as("the closest is not doubted").isFalse();
        assertThat(defaults.answersLikelyRunnerUp(0.75, 0.01, 0.62, 0.90, false)).as("too far behind").isFalse();
        assertThat(defaults.answersLikelyRunnerUp(0.59, 0.01, 0.54, 0.55, false)).as("not likely enough").isFalse();
        assertThat(defaults.answersLikelyRunnerUp(0.45, 0.01, 0.38, 0.90, false)).as("below the level for it").isFalse();
        assertThat(defaults.answersLikelyRunnerUp(0.59, 0.01, 0.54, 0.81, true)).as("mid-chat the classifier's level is higher").isFalse();
        assertThat(defaults.answersLikelyRunnerUp(0.66, 0.01, 0.62, 0.81, true)).as("mid-chat, at that level").isTrue();
    }

    @Test
    void aQuestionOnItsOwnTheClassifierFindsVeryLikelyIsAnsweredBelowTheClarifyFloor() {
        // "可唔可以叫人上門": the home visit 0.31, the classifier 0.80.
        assertThat(defaults.answers(0.31, 0.10, 0.80, 0.05, false)).isTrue();
        assertThat(defaults.answers(0.31, 0.10, 0.70, 0.05, false)).as("likely, not very likely").isFalse();
        assertThat(defaults.answers(0.22, 0.10, 0.90, 0.05, false)).as("below its level").isFalse();
        assertThat(defaults.answers(0.31, 0.10, 0.80, 0.05, true)).as("mid-chat").isFalse();
    }

    @Test
    void aNeighbourTheClassifierFindsVeryLikelyIsRedirectedFromTheClarifyFloor() {
        assertThat(defaults.redirectsALikelyNeighbour(0.40, 0.85)).isTrue();
        assertThat(defaults.redirectsALikelyNeighbour(0.40, 0.70)).as("not likely enough").isFalse();
        assertThat(defaults.redirectsALikelyNeighbour(0.30, 0.95)).as("below the clarify floor").isFalse();
        assertThat(new DecisionThresholds(0.52, 0.35, 0.12).redirectsALikelyNeighbour(0.90, 0.99)).as("the three-number form").isFalse();
    }

    @Test
    void belowEveryLevelNothingIsAnsweredHoweverFarAhead() {
        assertThat(defaults.answers(0.44, 0)).isFalse();
    }

    @Test
    void theThreeNumberFormHasOneRule() {
        DecisionThresholds one = new DecisionThresholds(0.52, 0.35, 0.12);

        assertThat(one.answers(0.50, 0)).isFalse();
        assertThat(one.answers(0.52, 0.40)).isTrue();
        assertThat(one.answers(0.80, 0.75)).isFalse();
    }

    @Test
    void theFraudEntryFirstAndLikelyIsAScamHoweverWeakItsMatch() {
        assertThat(defaults.likelyScam(0.28, 0.62)).isTrue();
        assertThat(defaults.likelyScam(0.28, 0.45)).as("not the classifier's choice").isFalse();
        assertThat(defaults.likelyScam(0.15, 0.90)).as("below the scam floor").isFalse();
        assertThat(new DecisionThresholds(0.52, 0.35, 0.12).likelyScam(0.90, 0.99)).as("the three-number form").isFalse();
    }

    @Test
    void aMessageReadAsAScamGetsTheStepsOnlyWhenItComesNearTheCorpus() {
        assertThat(defaults.readsAsAScam(0.95, 0.25)).isTrue();
        assertThat(defaults.readsAsAScam(0.90, 0.25)).as("below the level").isFalse();
        assertThat(defaults.readsAsAScam(0.97, 0.0)).as("text unlike anything in the corpus").isFalse();
        assertThat(new DecisionThresholds(0.52, 0.35, 0.12).readsAsAScam(0.99, 0.9)).as("the three-number form").isFalse();
    }

    @Test
    void aClearLeadSmallerThanTheMarginOrASmallLeadLargerThanItIsRefused() {
        assertThatThrownBy(() -> new DecisionThresholds(0.52, 0.35, 0.12, 0.45, 0.10, 0.70, 0.06, 0.05, 0, 0.05, 0.15, 0.35, 0.60, 0.5, 0.10, 0.20, 0.90, 0.80, 0.20, 0.45, 0.6, 0.10, 0.8, 0.85, 0.25, 0.75, 0.6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecisionThresholds(0.52, 0.35, 0.12, 0.45, 0.20, 0.70, 0.15, 0.05, 0, 0.05, 0.15, 0.35, 0.60, 0.5, 0.10, 0.20, 0.90, 0.80, 0.20, 0.45, 0.6, 0.10, 0.8, 0.85, 0.25, 0.75, 0.6))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
