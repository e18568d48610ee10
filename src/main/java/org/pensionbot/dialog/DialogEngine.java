package org.pensionbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pensionbot.corpus.FaqEntry;
import org.pensionbot.search.FaqIndex;

/**
 * Turns one message into one {@link Reply}: answer, clarify, fall back, or small talk.
 *
 * <p>Channel-free and thread-safe. Each call reads the current index from the supplier once, so
 * a corpus reload swaps in between questions and a question in flight finishes on the index it
 * started with.
 */
public final class DialogEngine {

    private final Supplier<FaqIndex> index;

    public DialogEngine(Supplier<FaqIndex> index) {
        this.index = index;
    }

    /** Decides how to reply to a user's message. Never throws for any input, including null. */
    public Reply reply(String text) {
        throw new UnsupportedOperationException("todo");
    }

    /** The answer for a known entry, as if the user had asked its standard question (buttons). */
    public Optional<Reply.Answer> answerFor(String entryId) {
        throw new UnsupportedOperationException("todo");
    }

    /** The most commonly needed entries, offered on fallback and in menus. */
    public List<FaqEntry> popularTopics() {
        throw new UnsupportedOperationException("todo");
    }
}
