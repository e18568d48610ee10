package org.pensionbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.dialog.Phrases;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.FaqIndex;
import org.pensionbot.search.ScoredEntry;

/**
 * The JSON form of a reply for scripts ({@code ask --json}): one object per question with
 * {@code question, action, id, confidence, title, candidates}, plus the answer's content.
 * {@code id} is the top entry (null for fallback and small talk), and so is {@code title}.
 */
final class JsonReplies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReplies() {
    }

    static String toJson(Reply reply) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("question", reply.question());
        json.put("action", reply.action().wireName());
        FaqEntry top = topEntry(reply);
        json.put("id", top == null ? null : top.id());
        json.put("title", top == null ? null : top.title());
        json.put("confidence", round(reply.candidates().isEmpty() ? 0 : reply.candidates().get(0).confidence()));
        ArrayNode candidates = json.putArray("candidates");
        for (ScoredEntry candidate : reply.candidates()) {
            candidates.addObject()
                    .put("id", candidate.id())
                    .put("confidence", round(candidate.confidence()))
                    .put("title", candidate.entry().title());
        }
        json.put("personal_data_warning", reply.personalDataWarning());
        // True when the question was longer than what is read: only its start was answered.
        json.put("read_in_part", FaqIndex.readsOnlyPartOf(reply.question()));
        if (reply instanceof Reply.Answer answer) {
            json.put("summary", answer.entry().summary());
            answer.pointAsked().ifPresent(point -> json.put("point_asked", point));
            answer.entry().steps().forEach(json.putArray("steps")::add);
            answer.entry().tips().forEach(json.putArray("tips")::add);
            ArrayNode related = json.putArray("related");
            answer.related().forEach(entry -> related.addObject().put("id", entry.id()).put("title", entry.title()));
        } else if (reply instanceof Reply.Fallback fallback) {
            json.put("reason", fallback.reason().name().toLowerCase(java.util.Locale.ROOT));
            json.put("redirect", fallback.redirect());
            ArrayNode suggestions = json.putArray("suggestions");
            fallback.suggestions().forEach(entry -> suggestions.addObject().put("id", entry.id()).put("title", entry.title()));
        } else if (reply instanceof Reply.StepDetail step) {
            json.put("step", step.number());
            json.put("text", Phrases.stepDetail(step));
        } else if (reply instanceof Reply.Detail detail) {
            json.put("text", Phrases.detail(detail));
            ArrayNode offered = json.putArray("offered");
            detail.offered().forEach(entry -> offered.addObject().put("id", entry.id()).put("title", entry.title()));
        } else if (reply instanceof Reply.SmallTalk smallTalk) {
            json.put("text", smallTalk.text());
        }
        return json.toString();
    }

    /** The entry the reply is about: the answer, or the first option when clarifying. */
    private static FaqEntry topEntry(Reply reply) {
        if (reply instanceof Reply.Answer answer) {
            return answer.entry();
        }
        if (reply instanceof Reply.StepDetail step) {
            return step.entry();
        }
        if (reply instanceof Reply.Detail detail) {
            return detail.entry();
        }
        if (reply instanceof Reply.Clarify clarify) {
            return clarify.candidates().get(0).entry();
        }
        return null;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
