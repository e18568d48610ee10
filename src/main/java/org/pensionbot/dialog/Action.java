package org.pensionbot.dialog;

import java.util.Locale;

/** What the bot decided to do with a message. */
public enum Action {
    /** One FAQ entry answers the question with enough confidence. */
    ANSWER,
    /** Two or three entries are plausible: ask the user which one they mean. */
    CLARIFY,
    /** Nothing in the FAQ answers it (or it is a topic we deliberately do not answer). */
    FALLBACK,
    /** Greeting, thanks, goodbye or "who are you". */
    SMALLTALK;

    /** The lower-case name used in JSON and logs. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
