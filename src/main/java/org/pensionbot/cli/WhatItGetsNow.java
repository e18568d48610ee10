package org.pensionbot.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.pensionbot.admin.LearningOffers;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.ScoredEntry;

/**
 * What a question gets from the corpus as it is now, in a few words for an admin labelling an unanswered
 * question: whether an edit since has answered it, and which entries it comes closest to — the ids to choose
 * the label from ({@code export-unanswered}'s third column), as many as Telegram's {@code /unanswered} offers as buttons.
 */
final class WhatItGetsNow {

    private WhatItGetsNow() {
    }

    static String of(Reply reply) {
        if (reply instanceof Reply.Answer answer) {
            return "now answered: " + answer.entry().id();
        }
        if (reply instanceof Reply.Clarify clarify) {
            return "now a choice: " + ids(clarify.candidates());
        }
        if (reply instanceof Reply.Fallback fallback && fallback.reason() == Reply.FallbackReason.OUT_OF_SCOPE) {
            return "now redirected as a neighbouring topic";   // the entries behind it would only suggest a wrong label
        }
        if (reply instanceof Reply.Fallback fallback) {
            return "now falls back" + (fallback.candidates().isEmpty() ? "" : "; closest: " + ids(fallback.candidates()));
        }
        return "now " + reply.action().wireName();
    }

    private static String ids(List<ScoredEntry> candidates) {
        return candidates.stream().limit(LearningOffers.MAX_CANDIDATES).map(ScoredEntry::id).collect(Collectors.joining(", "));
    }
}
