package org.pensionbot.admin;

import java.util.List;
import java.util.Objects;
import org.pensionbot.dialog.Choice;

/**
 * One message of an admin command, channel-free: plain text (a channel escapes and formats it)
 * and rows of {@link Choice}s whose ids all fit {@value org.pensionbot.dialog.ChoiceId#MAX_BYTES}
 * bytes. Immutable.
 *
 * @param text the text, never blank
 * @param choices the rows of choices under it, possibly none; empty rows are dropped
 */
public record AdminMessage(String text, List<List<Choice>> choices) {

    public AdminMessage {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a message needs text");
        }
        choices = choices.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    }

    static AdminMessage text(String text) {
        return new AdminMessage(text, List.of());
    }
}
