package org.pensionbot.telegram;

import java.util.List;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Phrases;

/**
 * The text of the step-by-step screens of a procedure entry ({@code procedure: true}): one step
 * per message, and the help shown when the user is stuck. Their buttons ("下一步", "这一步卡住了",
 * "回到第 n 步") come from {@link org.pensionbot.dialog.ReplyChoices}, like every channel's.
 *
 * <p>Holds no state: the entry id and step number travel in the buttons' callback data, so a
 * restart or a user coming back days later continues exactly where the button says. Stateless
 * and thread-safe.
 */
final class StepRenderer {

    private StepRenderer() {
    }

    /**
     * Step {@code step} (1-based) of {@code entry}. A step number outside the procedure (the
     * entry was edited since the button was sent) shows the nearest existing step.
     */
    static String step(FaqEntry entry, int step) {
        int total = entry.steps().size();
        int shown = Math.max(1, Math.min(step, total));
        boolean last = shown == total;
        StringBuilder html = new StringBuilder()
                .append(Html.bold(entry.title())).append('\n')
                .append(Html.escape(TelegramPhrases.STEP_HEADING.formatted(shown, total))).append("\n\n")
                .append(ReplyRenderer.text(entry.steps().get(shown - 1)));
        if (last) {
            html.append("\n\n").append(Html.escape(TelegramPhrases.LAST_STEP));
        }
        return html.toString();
    }

    /**
     * Encouragement, the help written under this step, the entry's tips and the hotline. The
     * step's own help comes first: it is about exactly where the user is.
     */
    static String stuck(FaqEntry entry, int step) {
        StringBuilder html = new StringBuilder(Html.escape(TelegramPhrases.STUCK_INTRO));
        List<String> help = entry.helpForStep(step);
        help.forEach(line -> html.append("\n• ").append(ReplyRenderer.text(line)));
        if (!help.isEmpty() && !entry.tips().isEmpty()) {
            html.append("\n\n").append(Html.escape(TelegramPhrases.STUCK_MORE));
        }
        entry.tips().forEach(tip -> html.append("\n• ").append(ReplyRenderer.text(tip)));
        html.append("\n\n").append(ReplyRenderer.text(Phrases.FALLBACK_HOTLINE));
        return html.toString();
    }
}
