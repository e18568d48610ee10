package org.pensionbot.corpus;

/**
 * One row of {@code tests.tsv}: a question and the entry that must answer it, or
 * {@link #NOT_ANSWERABLE} when the bot must not answer it from the FAQ.
 */
public record LabelledQuestion(String question, String expectedId, int line) {

    public static final String NOT_ANSWERABLE = "-";

    public boolean answerable() {
        return !NOT_ANSWERABLE.equals(expectedId);
    }
}
