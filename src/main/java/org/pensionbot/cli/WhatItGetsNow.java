package org.pensionbot.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.pensionbot.dialog.Reply;
import org.pensionbot.search.ScoredEntry;

/**
 * What a question gets from the corpus as it is now, in a few words for an admin labelling an unanswered
 * question: whether an edit since has answered it, and which entries it comes closest to — the ids to choose
 * the label from ({@code export-unanswered}'s third column; Telegram's {@code /unanswered} shows them as buttons).
 */
final class WhatItGetsNow {

    /** Entries named for a question that is not answered: as many as Telegram's buttons offer. */
    private static final int CLOSEST = 3;

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
        return candidates.stream().limit(CLOSEST).map(ScoredEntry::id).collect(Collectors.joining(", "));
    }
}
