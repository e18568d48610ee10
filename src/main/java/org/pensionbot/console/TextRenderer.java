package org.pensionbot.console;

import java.util.ArrayList;
import java.util.List;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.ScoredEntry;

/**
 * Renders a {@link Reply} as plain terminal text. Entries the user may open next (related
 * questions, clarify options, suggestions) are numbered; {@link Rendered#choices()} lists them
 * in that order so that the chat can map a typed number back to an entry.
 */
public final class TextRenderer {

    /** Rendered text plus the entry ids behind its numbered choices (1-based in the text). */
    public record Rendered(String text, List<String> choices) {
        public Rendered {
            choices = List.copyOf(choices);
        }
    }

    public Rendered render(Reply reply) {
        StringBuilder out = new StringBuilder();
        if (reply.personalDataWarning()) {
            out.append(Phrases.PERSONAL_DATA_WARNING).append("\n\n");
        }
        List<String> choices = new ArrayList<>();
        if (reply instanceof Reply.Answer answer) {
            renderAnswer(answer, out, choices);
        } else if (reply instanceof Reply.Clarify clarify) {
            out.append(Phrases.CLARIFY_PROMPT).append('\n');
            for (ScoredEntry option : clarify.candidates()) {
                choice(out, choices, option.entry());
            }
            out.append(Phrases.CLARIFY_HINT);
        } else if (reply instanceof Reply.Fallback fallback) {
            if (fallback.reason() == Reply.FallbackReason.NO_TEXT) {
                out.append(Phrases.FALLBACK_NO_TEXT);
            } else if (fallback.redirect() != null) {
                out.append(fallback.redirect());
            } else {
                out.append(Phrases.FALLBACK_NO_MATCH).append('\n').append(Phrases.FALLBACK_HOTLINE);
            }
            out.append("\n\n").append(Phrases.FALLBACK_TRY_TOPICS).append('\n');
            fallback.suggestions().forEach(entry -> choice(out, choices, entry));
            trimTrailingNewline(out);
        } else if (reply instanceof Reply.SmallTalk smallTalk) {
            out.append(smallTalk.text());
        }
        return new Rendered(out.toString(), choices);
    }

    private static void renderAnswer(Reply.Answer answer, StringBuilder out, List<String> choices) {
        FaqEntry entry = answer.entry();
        out.append("【").append(entry.title()).append("】\n");
        out.append(entry.summary()).append('\n');
        if (entry.isProcedure()) {
            out.append('\n').append(Phrases.STEPS_HEADING).append('\n');
            for (int i = 0; i < entry.steps().size(); i++) {
                out.append(i + 1).append(". ").append(entry.steps().get(i)).append('\n');
            }
        }
        if (!entry.tips().isEmpty()) {
            out.append('\n').append(Phrases.TIPS_HEADING).append('\n');
            entry.tips().forEach(tip -> out.append("· ").append(tip).append('\n'));
        }
        if (!answer.related().isEmpty()) {
            out.append('\n').append(Phrases.RELATED_HEADING).append('\n');
            answer.related().forEach(related -> choice(out, choices, related));
        }
        trimTrailingNewline(out);
    }

    private static void choice(StringBuilder out, List<String> choices, FaqEntry entry) {
        choices.add(entry.id());
        out.append("  ").append(choices.size()).append(") ").append(entry.title()).append('\n');
    }

    private static void trimTrailingNewline(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
    }
}
