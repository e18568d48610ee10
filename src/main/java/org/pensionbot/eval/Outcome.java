package org.pensionbot.eval;

/**
 * What one labelled question got, as the person asking would see it. Answerable questions end in
 * one of the first six; questions the bot must not answer from the FAQ in one of the last three.
 */
public enum Outcome {
    /** Answered outright with the expected entry. */
    ANSWERED_RIGHT("answered right"),
    /** Asked back, and the expected entry was among the options. */
    CLARIFIED_WITH_RIGHT("clarify offering the right entry"),
    /** Asked back without offering the expected entry. */
    CLARIFIED_WITHOUT_RIGHT("clarify without it"),
    /** Answered outright with another entry: the costly failure. */
    ANSWERED_WRONG("answered wrong"),
    /** Fell back although the FAQ has the answer, offering the expected entry among its suggestions. */
    FELL_BACK_SUGGESTING_RIGHT("fallback suggesting the right entry"),
    /** Fell back (or redirected) although the FAQ has the answer, without offering it. */
    FELL_BACK("fallback without it"),
    /** A negative turned away: redirect, fallback or small talk. */
    TURNED_AWAY("redirected or fallen back"),
    /** A negative that got a clarify list of FAQ entries. */
    NEGATIVE_CLARIFIED("clarified"),
    /** A negative answered with an FAQ entry. */
    NEGATIVE_ANSWERED("answered");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean forAnswerable() {
        return ordinal() <= FELL_BACK.ordinal();
    }
}
