package org.pensionbot.dialog;

/** Choice labels short enough for a phone: phone clients cut long ones anyway. Stateless. */
public final class ChoiceLabels {

    static final int MAX_LABEL = 30;

    private ChoiceLabels() {
    }

    /** One line of at most {@value #MAX_LABEL} code points; cut between code points, never inside an emoji's surrogate pair. */
    public static String label(String text) {
        String oneLine = text.strip().replace('\n', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX_LABEL) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }
}
