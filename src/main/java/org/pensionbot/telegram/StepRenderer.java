package org.pensionbot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Phrases;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * The step-by-step screens of a procedure entry ({@code procedure: true}): one step per message
 * with "下一步" and "这一步卡住了", and the help shown when the user is stuck.
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
    static OutgoingMessage step(FaqEntry entry, int step) {
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

        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        if (!last) {
            rows.add(Buttons.step(entry.id(), shown + 1, TelegramPhrases.NEXT_STEP).stream().toList());
        }
        rows.add(Buttons.stuck(entry.id(), shown).stream().toList());
        if (last) {
            rows.add(Buttons.feedback(entry.id()));
        }
        return new OutgoingMessage(html.toString(), Buttons.keyboard(rows));
    }

    /**
     * Encouragement, the help written under this step, the entry's tips and the hotline, with a
     * button back to the step. The step's own help comes first: it is about exactly where the user is.
     */
    static OutgoingMessage stuck(FaqEntry entry, int step) {
        StringBuilder html = new StringBuilder(Html.escape(TelegramPhrases.STUCK_INTRO));
        List<String> help = entry.helpForStep(step);
        help.forEach(line -> html.append("\n• ").append(ReplyRenderer.text(line)));
        if (!help.isEmpty() && !entry.tips().isEmpty()) {
            html.append("\n\n").append(Html.escape(TelegramPhrases.STUCK_MORE));
        }
        entry.tips().forEach(tip -> html.append("\n• ").append(ReplyRenderer.text(tip)));
        html.append("\n\n").append(ReplyRenderer.text(Phrases.FALLBACK_HOTLINE));

        List<List<InlineKeyboardButton>> rows = new ArrayList<>();
        if (entry.isProcedure()) {
            int back = Math.max(1, Math.min(step, entry.steps().size()));
            rows.add(Buttons.step(entry.id(), back, "回到第 " + back + " 步").stream().toList());
        }
        return new OutgoingMessage(html.toString(), Buttons.keyboard(rows));
    }
}
