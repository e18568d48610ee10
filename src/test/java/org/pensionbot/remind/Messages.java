package org.pensionbot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.ChoiceId;

/** Reads and checks {@link ReminderMessage}s the way any channel and a reader would see them. */
final class Messages {

    private Messages() {
    }

    static List<Choice> choices(ReminderMessage message) {
        return message.choices().stream().flatMap(List::stream).toList();
    }

    static List<String> labels(ReminderMessage message) {
        return choices(message).stream().map(Choice::label).toList();
    }

    static List<String> data(ReminderMessage message) {
        return choices(message).stream().map(Choice::id).toList();
    }

    /** The id of the choice labelled {@code label}; fails when there is none. */
    static String dataOf(ReminderMessage message, String label) {
        return choices(message).stream().filter(c -> c.label().equals(label)).findFirst()
                .map(Choice::id)
                .orElseThrow(() -> new AssertionError("no choice '" + label + "' in " + labels(message)));
    }

    /** The text a reader sees: the heading, if any, above the text. */
    static String plain(ReminderMessage message) {
        return message.heading().isEmpty() ? message.text() : message.heading() + "\n\n" + message.text();
    }

    /**
     * What no channel could show: markup in the plain text (channels escape it, so a tag would show
     * as a tag), ids that are not well-formed or over 64 bytes, blank labels, text too long for Telegram.
     */
    static void assertSendable(ReminderMessage message) {
        assertThat(plain(message)).as("markup in plain text").doesNotContain("<b>", "</b>", "&lt;", "&amp;");
        assertThat(plain(message).length()).isBetween(1, 4096);
        for (Choice choice : choices(message)) {
            assertThat(choice.label()).isNotBlank();
            assertThat(choice.id().getBytes(StandardCharsets.UTF_8).length).as("id %s", choice.id()).isBetween(1, 64);
            assertThat(ChoiceId.parse(choice.id())).as("id %s", choice.id()).isPresent();
        }
    }
}
