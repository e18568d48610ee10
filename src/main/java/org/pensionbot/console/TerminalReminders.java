package org.pensionbot.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.pensionbot.corpus.Menus;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.NumberWords;
import org.pensionbot.remind.CalendarReminder;
import org.pensionbot.remind.CalendarReminderDialog;
import org.pensionbot.remind.ReminderMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The yearly reminder in the terminal: the web page's dialog ({@link CalendarReminderDialog}: last
 * month certified, for whom), its choices numbered, ending with the calendar file saved in a folder
 * rather than linked — a terminal cannot write to the person months later, but their calendar can.
 * Remembers only the choices of its last message. Not thread-safe: one terminal, one person.
 */
final class TerminalReminders {

    static final String CANNOT_SAVE = "抱歉，日历提醒的文件没能存下来。请在能保存文件的文件夹里再打开我，然后发“提醒我”。";
    private static final Logger LOG = LoggerFactory.getLogger(TerminalReminders.class);

    private final CalendarReminderDialog dialog;
    private final Clock clock;
    private final Path folder;
    private List<Choice> offered = List.of();

    TerminalReminders(Clock clock, Supplier<Menus> menus, Path folder) {
        this.dialog = new CalendarReminderDialog(clock, menus, true);
        this.clock = clock;
        this.folder = folder;
    }

    /**
     * What a typed line does in the dialog: a new request starts it, a number picks one of its last choices,
     * and so does an answer typed to the dialog's question ("3月", "不记得了", "我自己").
     */
    Optional<Step> onLine(String line) {
        OptionalInt number = NumberWords.choice(line);
        if (number.isPresent() && !offered.isEmpty()) {
            int picked = number.getAsInt();
            if (picked < 1 || picked > offered.size()) {
                return Optional.of(new Step.Say(offered.size() == 1 ? "请回复 1，或者直接打字问我。"
                        : "请回复 1–" + offered.size() + " 中的一个数字，或者直接打字问我。"));
            }
            Choice choice = offered.get(picked - 1);
            offered = List.of();
            return Optional.of(CalendarReminderDialog.owns(choice.id()) ? new Step.Say(render(dialog.tap(choice.id())))
                    : new Step.Open(choice.id()));
        }
        Optional<Choice> typed = dialog.typedAnswer(offered, line);
        if (typed.isPresent()) {
            offered = List.of();
            return Optional.of(new Step.Say(render(dialog.tap(typed.get().id()))));
        }
        offered = List.of();
        return dialog.onText(line).map(message -> new Step.Say(render(message), message.followUpEntry()));
    }

    private String render(ReminderMessage message) {
        offered = message.choices().stream().flatMap(List::stream).toList();
        String text = message.calendar().map(this::saved).orElse(message.text());
        StringBuilder out = new StringBuilder();
        if (!message.heading().isBlank()) {
            out.append("【").append(message.heading()).append("】\n");
        }
        out.append(text);
        for (int i = 0; i < offered.size(); i++) {
            out.append(i == 0 ? "\n\n" : "\n").append("  ").append(i + 1).append(") ").append(offered.get(i).label());
        }
        if (!offered.isEmpty()) {
            out.append("\n请回复序号。");
        }
        return out.toString();
    }

    /** Writes the calendar file and says where; a file of the same name is replaced (the event's id is stable). */
    private String saved(CalendarReminder calendar) {
        Path file = folder.resolve(CalendarReminder.FILE_NAME).toAbsolutePath().normalize();
        try {
            Files.writeString(file, calendar.ics(clock.instant()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Could not save the calendar reminder as {}: {}", file, e.toString());
            return CANNOT_SAVE;
        }
        return dialog.savedAs(calendar, file.toString());
    }

    /** What the chat does with a line the reminder dialog took. */
    sealed interface Step {
        /**
         * Print this text.
         *
         * @param followUpEntry the FAQ entry the chat goes on about after it ({@link ReminderMessage#followUpEntry})
         */
        record Say(String text, Optional<String> followUpEntry) implements Step {

            Say(String text) {
                this(text, Optional.empty());
            }
        }

        /** Open this conversation choice (a how-to entry offered with the finished reminder). */
        record Open(String choiceId) implements Step {
        }
    }
}
