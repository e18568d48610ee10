package org.pensionbot.corpus;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    /** What introduces the tip that speaks to the question. */
    public static final String POINT_ASKED = "👉 您问的这一点：";

    private FirstMessage() {
    }

    /** Plain text: the short answer, a blank line and "1. step" lines; no markup. */
    public static String text(FaqEntry entry) {
        return text(entry, Optional.empty());
    }

    /**
     * Like {@link #text(FaqEntry)}, with the tip that speaks to the question right under the short answer (a question
     * about one point of the entry: "上门认证要收费吗"); the rest of the tips wait behind "更多" as always.
     */
    public static String text(FaqEntry entry, Optional<String> pointAsked) {
        return text(Stream.concat(Stream.of(entry.summary().strip()), pointAsked.map(POINT_ASKED::concat).stream()).toList(),
                entry.steps());
    }

    /** The lines before the steps ({@code opening}: the short answer, the point asked), then the numbered steps. */
    public static String text(List<String> opening, List<String> steps) {
        StringBuilder out = new StringBuilder(String.join("\n", opening));
        if (!steps.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < steps.size(); i++) {
                out.append('\n').append(i + 1).append(". ").append(steps.get(i));
            }
        }
        return out.toString();
    }

    /** Length as Telegram counts it (UTF-16 units, which is one per Chinese character). */
    public static int length(FaqEntry entry) {
        return text(entry).length();
    }
}
