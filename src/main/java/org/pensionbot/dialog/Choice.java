package org.pensionbot.dialog;

import java.util.Objects;

/**
 * Something a person can choose instead of typing: a label to show and an opaque {@link ChoiceId}
 * to send back. Telegram shows it as an inline button, the web page as a button, the terminal as
 * a numbered line. The channel never looks inside the id: it hands it to
 * {@link Conversations#tap} (or to the feature that registered its prefix).
 *
 * @param label plain text, one line; channels escape it
 * @param id the wire form of a {@link ChoiceId}, at most {@value ChoiceId#MAX_BYTES} bytes
 * @param kind what sort of choice it is, so that a channel can place and style it
 */
public record Choice(String label, String id, Kind kind) {

    /** What sort of choice: channels may lay the kinds out differently. */
    public enum Kind {
        /** Opens an FAQ entry: a related question, a clarify option, a popular topic. */
        ENTRY,
        /** Goes on with the current answer: more tips, step by step, next step, stuck, back. */
        MORE,
        /** Was the answer helpful. */
        FEEDBACK,
        /** Offered by a feature next to the FAQ, such as the yearly reminder. */
        FEATURE
    }

    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
