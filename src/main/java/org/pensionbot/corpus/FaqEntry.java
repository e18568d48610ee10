package org.pensionbot.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One FAQ entry as an admin wrote it in {@code faq-corpus/entries/<id>.md}.
 *
 * <p>Immutable. {@code summary} is the lead text before the first heading; {@code steps} and
 * {@code tips} are the items of the {@code ## 步骤} and {@code ## 提示} lists, in order, as plain
 * text without their numbers or bullets.
 */
public record FaqEntry(
        String id,
        String title,
        List<String> questions,
        List<String> keywords,
        List<String> related,
        List<String> sources,
        LocalDate updated,
        String summary,
        List<String> steps,
        List<String> tips,
        Path file) {

    public FaqEntry {
        questions = List.copyOf(questions);
        keywords = List.copyOf(keywords);
        related = List.copyOf(related);
        sources = List.copyOf(sources);
        steps = List.copyOf(steps);
        tips = List.copyOf(tips);
    }

    /** True when the entry walks the user through numbered steps. */
    public boolean isProcedure() {
        return !steps.isEmpty();
    }
}
