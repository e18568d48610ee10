package org.pensionbot.console;

import java.util.ArrayList;
import java.util.List;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.corpus.FirstMessage;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;

/**
 * Renders a {@link Reply} as plain terminal text. Entries the user may open next (related
 * questions, clarify options, suggestions) are numbered; {@link Rendered#choices()} lists them
 * in that order so that the chat can map a typed number back to an entry.
 *
 * <p>An answer comes in two parts, as on Telegram: the first message (title, short answer,
 * numbered steps; see {@link FirstMessage}) and the tips, which the chat prints when the user
 * types {@link #MORE_NUMBER} or "更多". {@link #whole} puts both in one text, for one-shot
 * {@code ask}. Stateless and thread-safe.
 */
public final class TextRenderer {

    /** The number an answer offers for its tips; 0 so it never clashes with the numbered choices. */
    public static final String MORE_NUMBER = "0";

    /**
     * Rendered text, the entry ids behind its numbered choices (1-based in the text), and the
     * tips of an answer to print when asked for (empty when there are none).
     */
    public record Rendered(String text, List<String> choices, String more) {
        public Rendered {
            choices = List.copyOf(choices);
        }
    }

    /** The reply as the chat shows it: an answer's tips held back in {@link Rendered#more()}. */
    public Rendered render(Reply reply) {
        return render(reply, false);
    }

    /** The whole reply in one text, tips included (for a one-shot answer, where nobody can ask for more). */
    public String whole(Reply reply) {
        return render(reply, true).text();
    }

    private Rendered render(Reply reply, boolean whole) {
        StringBuilder out = new StringBuilder();
        Phrases.notices(reply).forEach(notice -> out.append(notice).append("\n\n"));
        List<String> choices = new ArrayList<>();
        String more = "";
        if (reply instanceof Reply.Answer answer) {
            more = tips(answer.entry());
            renderAnswer(answer, out, choices, whole ? more : "");
            if (whole) {
                more = "";
            }
        } else if (reply instanceof Reply.Clarify clarify) {
            out.append(Phrases.clarifyPrompt(clarify)).append('\n');
            List<String> lines = Phrases.optionLines(clarify);
            for (int i = 0; i < lines.size(); i++) {
                choice(out, choices, clarify.candidates().get(i).id(), lines.get(i));
            }
            out.append(Phrases.clarifyHint(clarify)).append('\n').append(Phrases.CLARIFY_NONE_OF_THESE);
        } else if (reply instanceof Reply.Fallback fallback) {
            out.append(String.join("\n", Phrases.fallbackOpening(fallback)));
            out.append("\n\n").append(Phrases.FALLBACK_TRY_TOPICS).append('\n');
            fallback.suggestions().forEach(entry -> choice(out, choices, entry));
            trimTrailingNewline(out);
        } else if (reply instanceof Reply.StepDetail step) {
            out.append(Phrases.stepDetail(step));
        } else if (reply instanceof Reply.Detail detail) {
            out.append(Phrases.detail(detail)).append("\n\n").append(Phrases.detailChoices(detail)).append('\n');
            detail.offered().forEach(entry -> choice(out, choices, entry));
            trimTrailingNewline(out);
        } else if (reply instanceof Reply.Tips tips) {
            out.append(tips(tips.entry()));
        } else if (reply instanceof Reply.Step step) {
            out.append("【").append(step.entry().title()).append("】\n")
                    .append(Phrases.STEP_HEADING.formatted(step.number(), step.entry().steps().size())).append('\n')
                    .append(step.step());
            if (step.isLast()) {
                out.append('\n').append(Phrases.LAST_STEP);
            }
        } else if (reply instanceof Reply.Stuck stuck) {
            out.append(Phrases.STUCK_INTRO);
            stuck.help().forEach(line -> out.append("\n· ").append(line));
            stuck.entry().tips().forEach(tip -> out.append("\n· ").append(tip));
            out.append('\n').append(Phrases.FALLBACK_HOTLINE);
        } else if (reply instanceof Reply.Feedback feedback) {
            out.append(feedback.text());
        } else if (reply instanceof Reply.SmallTalk smallTalk) {
            out.append(smallTalk.text());
        }
        return new Rendered(out.toString(), choices, more);
    }

    /** @param tips printed in place when not empty; otherwise only a line saying how to see them */
    private static void renderAnswer(Reply.Answer answer, StringBuilder out, List<String> choices, String tips) {
        FaqEntry entry = answer.entry();
        out.append("【").append(entry.title()).append("】\n");
        out.append(answer.firstMessage()).append('\n');
        if (!tips.isEmpty()) {
            out.append('\n').append(tips).append('\n');
        } else if (!entry.tips().isEmpty()) {
            out.append('\n').append(ConsolePhrases.moreTips(entry.tips().size())).append('\n');
        }
        if (!answer.related().isEmpty()) {
            out.append('\n').append(Phrases.RELATED_HEADING).append('\n');
            answer.related().forEach(related -> choice(out, choices, related));
        }
        trimTrailingNewline(out);
    }

    private static String tips(FaqEntry entry) {
        if (entry.tips().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(Phrases.TIPS_HEADING);
        entry.tips().forEach(tip -> out.append("\n· ").append(tip));
        return out.toString();
    }

    private static void choice(StringBuilder out, List<String> choices, FaqEntry entry) {
        choice(out, choices, entry.id(), entry.title());
    }

    private static void choice(StringBuilder out, List<String> choices, String entryId, String line) {
        choices.add(entryId);
        out.append("  ").append(choices.size()).append(") ").append(line).append('\n');
    }

    private static void trimTrailingNewline(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
    }
}
