package org.pensionbot.dialog;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A reply in one short line — {@code answer alipay-self}, {@code fallback out_of_scope},
 * {@code smalltalk greeting}, {@code clarify check-result 0.370, find-local-service 0.208} —
 * so that a failing assertion says what the bot did instead of printing whole entries.
 */
final class Outcome {

    private Outcome() {
    }

    static String of(Reply reply) {
        if (reply instanceof Reply.Answer answer) {
            return "answer " + answer.entry().id();
        }
        if (reply instanceof Reply.Detail detail) {
            return "detail " + detail.entry().id() + ": " + detail.sentence();
        }
        if (reply instanceof Reply.Fallback fallback) {
            return "fallback " + fallback.reason().name().toLowerCase(Locale.ROOT) + candidates(reply);
        }
        if (reply instanceof Reply.SmallTalk smallTalk) {
            return "smalltalk " + smallTalk.kind().name().toLowerCase(Locale.ROOT);
        }
        return "clarify" + candidates(reply);
    }

    /** The decision without the candidates behind it: what to assert on for fallbacks. */
    static String decision(Reply reply) {
        String full = of(reply);
        int candidates = full.indexOf(" [");
        return candidates < 0 ? full : full.substring(0, candidates);
    }

    private static String candidates(Reply reply) {
        if (reply.candidates().isEmpty()) {
            return "";
        }
        return reply.candidates().stream().limit(3)
                .map(c -> String.format(Locale.ROOT, "%s %.3f", c.id(), c.confidence()))
                .collect(Collectors.joining(", ", " [", "]"));
    }
}
