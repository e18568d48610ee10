package org.pensionbot.corpus;

/**
 * What the first message of an answer holds: the short answer, then the numbered steps. Tips
 * come only when asked for ("更多提示"), so that the first message fits a phone screen without
 * scrolling. Every channel lays the first message out with {@link #text}, so the length that
 * {@code validate} checks is the length users see (the heading with the entry's title and the
 * buttons aside).
 *
 * <p>Stateless and thread-safe.
 */
public final class FirstMessage {

    /**
     * Characters of short answer and steps that a phone screen shows without scrolling, at the
     * font size elderly users choose: about 15 lines of 20 Chinese characters.
     */
    public static final int LENGTH_BUDGET = 300;

    private FirstMessage() {
    }

    /** Plain text: the short answer, a blank line and "1. step" lines; no markup. */
    public static String text(FaqEntry entry) {
        StringBuilder out = new StringBuilder(entry.summary().strip());
        if (!entry.steps().isEmpty()) {
            out.append('\n');
            for (int i = 0; i < entry.steps().size(); i++) {
                out.append('\n').append(i + 1).append(". ").append(entry.steps().get(i));
            }
        }
        return out.toString();
    }

    /** Length as Telegram counts it (UTF-16 units, which is one per Chinese character). */
    public static int length(FaqEntry entry) {
        return text(entry).length();
    }
}
