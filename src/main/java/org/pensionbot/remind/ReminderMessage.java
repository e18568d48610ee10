package org.pensionbot.remind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pensionbot.dialog.Choice;

/**
 * One message of the reminder dialog, channel-free: an optional heading and plain text (channels
 * escape and format them; Telegram shows the heading in bold),
 * rows of {@link Choice}s whose ids all fit {@value org.pensionbot.dialog.ChoiceId#MAX_BYTES} bytes,
 * and, at the end of the dialog on a channel that cannot write later, the calendar file to offer.
 * Fits one Telegram message (well under 4096 characters). Immutable.
 *
 * @param heading what the message is about, shown above the text, or empty
 * @param text the text, never blank
 * @param choices the rows of choices under it, possibly none
 * @param calendar the yearly calendar event to offer as a file, or empty
 * @param followUpEntry the FAQ entry the chat goes on about after this message, or empty: the due date of a told
 *     month stands where an answer on how to certify would, and "那我现在就去弄 怎么弄" after it is read with that entry
 *     (channels record it as the chat's context, as after that entry's answer)
 */
public record ReminderMessage(String heading, String text, List<List<Choice>> choices, Optional<CalendarReminder> calendar,
                              Optional<String> followUpEntry) {

    public ReminderMessage {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a message needs text");
        }
        choices = choices.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(followUpEntry, "followUpEntry");
    }

    public ReminderMessage(String heading, String text, List<List<Choice>> choices, Optional<CalendarReminder> calendar) {
        this(heading, text, choices, calendar, Optional.empty());
    }

    public ReminderMessage(String text, List<List<Choice>> choices, Optional<CalendarReminder> calendar) {
        this("", text, choices, calendar);
    }

    public ReminderMessage(String text, List<List<Choice>> choices) {
        this("", text, choices, Optional.empty());
    }

    static ReminderMessage text(String text) {
        return new ReminderMessage(text, List.of());
    }
}
