package org.pensionbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.dialog.ReplyChoices;
import org.pensionbot.remind.CalendarReminder;
import org.pensionbot.remind.ReminderMessage;

/**
 * Turns a {@link Reply} into the JSON the page renders: plain text in named parts (title,
 * paragraphs, numbered steps, a list of tips) and rows of choices. Never HTML: the page puts
 * every string in the document with {@code textContent}, so nothing a user or the corpus wrote
 * can become markup.
 *
 * <pre>{@code
 * {"kind":"answer", "warning":"…", "title":"…", "paragraphs":["…"], "steps":["…"],
 *  "listHeading":"…", "list":["…"], "choices":[[{"label":"更多提示","id":"t:…","kind":"more"}]]}
 * }</pre>
 *
 * Thread-safe.
 */
final class WebReplies {

    /** The label of the calendar file's link: the dialog's text tells the reader to tap exactly this. */
    static final String CALENDAR_LABEL = CalendarReminder.LINK_LABEL;

    private final ObjectMapper json;
    private final ReplyChoices choices;

    WebReplies(ObjectMapper json, ReplyChoices choices) {
        this.json = json;
        this.choices = choices;
    }

    ObjectNode render(Reply reply) {
        ObjectNode out = json.createObjectNode();
        List<String> notices = Phrases.notices(reply);
        if (!notices.isEmpty()) {
            out.put("warning", String.join("\n", notices));
        }
        if (reply instanceof Reply.Answer answer) {
            FaqEntry entry = answer.entry();
            out.put("kind", "answer").put("title", entry.title());
            paragraphs(out, answer.opening().toArray(String[]::new));
            strings(out.putArray("steps"), entry.steps());
        } else if (reply instanceof Reply.Clarify clarify) {
            out.put("kind", "clarify");
            paragraphs(out, Phrases.clarifyPrompt(clarify));
            if (clarify.reason() == Reply.ClarifyReason.DID_NOT_WORK) {
                // The ways said in full: a button shows only a line's start.
                strings(out.putArray("list"), Phrases.optionLines(clarify));
            }
            out.putArray("footer").add(Phrases.CLARIFY_NONE_OF_THESE);
        } else if (reply instanceof Reply.Fallback fallback) {
            out.put("kind", "fallback");
            List<String> lines = new ArrayList<>(Phrases.fallbackOpening(fallback));
            lines.add(Phrases.FALLBACK_TRY_TOPICS);
            paragraphs(out, lines.toArray(String[]::new));
        } else if (reply instanceof Reply.StepDetail step) {
            out.put("kind", "step");
            paragraphs(out, Phrases.stepDetail(step).split("\n"));
        } else if (reply instanceof Reply.Detail detail) {
            out.put("kind", "detail").put("title", detail.entry().title());
            paragraphs(out, Phrases.DETAIL_INTRO, detail.sentence(), Phrases.detailChoices(detail));
        } else if (reply instanceof Reply.Tips tips) {
            out.put("kind", "tips").put("title", tips.entry().title());
            list(out, Phrases.TIPS_HEADING, tips.entry().tips());
        } else if (reply instanceof Reply.Step step) {
            out.put("kind", "step").put("title", step.entry().title())
                    .put("heading", Phrases.STEP_HEADING.formatted(step.number(), step.entry().steps().size()));
            paragraphs(out, step.step(), step.isLast() ? Phrases.LAST_STEP : null);
        } else if (reply instanceof Reply.Stuck stuck) {
            out.put("kind", "stuck");
            paragraphs(out, Phrases.STUCK_INTRO);
            List<String> help = new java.util.ArrayList<>(stuck.help());
            help.addAll(stuck.entry().tips());
            strings(out.putArray("list"), help);
            out.putArray("after").add(Phrases.FALLBACK_HOTLINE);
        } else if (reply instanceof Reply.Feedback feedback) {
            out.put("kind", "text");
            paragraphs(out, feedback.text());
        } else if (reply instanceof Reply.SmallTalk smallTalk) {
            out.put("kind", "text");
            paragraphs(out, smallTalk.text());
        }
        choices(out, choices.of(reply));
        return out;
    }

    /**
     * A message of the reminder dialog: its heading as the title (when it has one), its text as
     * paragraphs, its choices, and at the end of the dialog
     * {@code "download":{"label":"…","href":"api/reminder.ics?…"}}, the calendar file.
     */
    ObjectNode reminder(ReminderMessage message) {
        ObjectNode out = text(message.text(), message.choices());
        if (!message.heading().isEmpty()) {
            out.put("title", message.heading());
        }
        message.calendar().ifPresent(calendar -> out.putObject("download")
                .put("label", CALENDAR_LABEL)
                .put("href", "api/reminder.ics?" + calendar.linkQuery())
                .put("file", CalendarReminder.FILE_NAME));
        return out;
    }

    /** A reply that is only text and choices, for what the page says outside the conversation (greeting, "slow down"). */
    ObjectNode text(String text, List<List<Choice>> rows) {
        ObjectNode out = json.createObjectNode().put("kind", "text");
        paragraphs(out, text.split("\n\n"));
        choices(out, rows);
        return out;
    }

    private static void paragraphs(ObjectNode out, String... paragraphs) {
        ArrayNode array = out.putArray("paragraphs");
        for (String paragraph : paragraphs) {
            if (paragraph != null && !paragraph.isBlank()) {
                array.add(paragraph.strip());
            }
        }
    }

    private static void list(ObjectNode out, String heading, List<String> items) {
        out.put("listHeading", heading);
        strings(out.putArray("list"), items);
    }

    private static void strings(ArrayNode array, List<String> items) {
        items.forEach(array::add);
    }

    private static void choices(ObjectNode out, List<List<Choice>> rows) {
        ArrayNode array = out.putArray("choices");
        for (List<Choice> row : rows) {
            ArrayNode jsonRow = array.addArray();
            for (Choice choice : row) {
                jsonRow.addObject().put("label", choice.label()).put("id", choice.id())
                        .put("kind", choice.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
