package org.pensionbot.dialog;

/**
 * The confidence levels that decide between answering, asking back and falling back — the one
 * place to tune how bold the bot is. Confidences are in [0,1] (see the search package's
 * {@code Fusion}).
 *
 * @param answer at or above this, and clearly ahead of the runner-up, the bot answers
 * @param clarifyFloor below this, nothing is close enough: fall back
 * @param margin how far the best entry must lead the second to answer without asking
 */
public record DecisionThresholds(double answer, double clarifyFloor, double margin) {

    public static final double DEFAULT_ANSWER = 0.45;
    public static final double DEFAULT_CLARIFY_FLOOR = 0.35;
    public static final double DEFAULT_MARGIN = 0.08;

    public static final DecisionThresholds DEFAULTS =
            new DecisionThresholds(DEFAULT_ANSWER, DEFAULT_CLARIFY_FLOOR, DEFAULT_MARGIN);

    public DecisionThresholds {
        if (!(0 <= clarifyFloor && clarifyFloor <= answer && answer <= 1) || margin < 0 || margin > 1) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= clarifyFloor <= answer <= 1 and 0 <= margin <= 1");
        }
    }
}
