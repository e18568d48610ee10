package org.pensionbot.eval;

/**
 * What one labelled question got, as the person asking would see it. Answerable questions end in
 * one of the first six; questions the bot must not answer from the FAQ in one of the last three.
 */
public enum Outcome {
    /** Answered outright with the expected entry. */
    ANSWERED_RIGHT("answered right", 0),
    /** Asked back, and the expected entry was among the options. */
    CLARIFIED_WITH_RIGHT("clarify offering the right entry", 1),
    /** Asked back without offering the expected entry. */
    CLARIFIED_WITHOUT_RIGHT("clarify without it", 3),
    /** Answered outright with another entry: the costly failure. */
    ANSWERED_WRONG("answered wrong", 5),
    /** Fell back although the FAQ has the answer, offering the expected entry among its suggestions. */
    FELL_BACK_SUGGESTING_RIGHT("fallback suggesting the right entry", 2),
    /** Fell back (or redirected) although the FAQ has the answer, without offering it. */
    FELL_BACK("fallback without it", 4),
    /** A negative turned away: redirect, fallback or small talk. */
    TURNED_AWAY("redirected or fallen back", 0),
    /** A negative that got a clarify list of FAQ entries. */
    NEGATIVE_CLARIFIED("clarified", 1),
    /** A negative answered with an FAQ entry. */
    NEGATIVE_ANSWERED("answered", 2);

    private final String label;
    /**
     * How badly the person asking is served, among the outcomes of the same kind of row: the right entry answered
     * or offered beats a fallback that lists it, which beats a choice or a fallback without it; an answer from
     * another entry is worst, as a wrong answer costs a pensioner money.
     */
    private final int cost;

    Outcome(String label, int cost) {
        this.label = label;
        this.cost = cost;
    }

    /** Whether a row that ended here is served worse than one that ended in {@code other} (a row of the same kind). */
    public boolean worseThan(Outcome other) {
        return cost > other.cost;
    }

    public String label() {
        return label;
    }

    public boolean forAnswerable() {
        return ordinal() <= FELL_BACK.ordinal();
    }
}
