package org.pensionbot.remind;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pensionbot.corpus.Menus;
import org.pensionbot.dialog.Choice;
import org.pensionbot.remind.ReminderChoices.Press;

/**
 * The reminder dialog for a channel that cannot write to the person later (the web page): the same
 * start, month and "for whom" choices as on Telegram ({@link ReminderChoices}), ending with a
 * {@link CalendarReminder} the channel offers as a file, so that the phone's calendar reminds
 * every year. Nothing is stored and no name is typed ("其他家人" instead of "其他人（打字告诉我）"):
 * the choices' ids carry all there is. Stateless and thread-safe.
 */
public final class CalendarReminderDialog {

    private final Clock clock;
    private final Supplier<Menus> menus;
    private final boolean numberedChoices;

    /** A dialog whose choices are buttons to tap (the web page). */
    public CalendarReminderDialog(Clock clock, Supplier<Menus> menus) {
        this(clock, menus, false);
    }

    /**
     * @param menus the served corpus's menus (how-to entries, reminder topics), asked afresh each time
     * @param numberedChoices whether the channel shows choices as numbered lines to type (the
     *     terminal) rather than buttons to tap: the questions then say so
     */
    public CalendarReminderDialog(Clock clock, Supplier<Menus> menus, boolean numberedChoices) {
        this.clock = clock;
        this.menus = menus;
        this.numberedChoices = numberedChoices;
    }

    /** True when {@code choiceId} belongs to the reminder dialog ({@code r:...}). */
    public static boolean owns(String choiceId) {
        return Press.parse(choiceId).isPresent();
    }

    /** The offer under an answer ("⏰ 提醒我明年认证"), for the reminder topics of {@code menus.yml}. */
    public List<Choice> offerUnder(String entryId) {
        return ReminderConversation.offerUnder(entryId, menus.get());
    }

    /**
     * The start of the dialog when {@code text} asks for a reminder ({@link ReminderIntent}); when it tells the last
     * certification month ({@link StatedLastCertification}), when the next is due, with the reminder offered; empty
     * otherwise.
     */
    public Optional<ReminderMessage> onText(String text) {
        return ReminderIntent.isRequest(text) ? Optional.of(askMonth())
                : StatedLastCertification.reply(text, clock.instant(), menus.get());
    }

    /**
     * The choice among {@code offered} (the dialog's last choices, which the channel remembers) that a typed
     * answer names: a month ("3月", "去年十二月", "不记得了": {@link TypedMonth}) or a person ("我自己", "给我妈":
     * {@link TypedWhom}); empty for anything else.
     */
    public Optional<Choice> typedAnswer(List<Choice> offered, String text) {
        return TypedMonth.among(offered, text, CertificationCycle.monthOf(clock.instant()))
                .or(() -> TypedWhom.among(offered, text));
    }

    /** What a tapped reminder choice says; an old, foreign or forged id gets "expired" and a fresh start. */
    public ReminderMessage tap(String choiceId) {
        Optional<Press> press = Press.parse(choiceId);
        if (press.isEmpty()) {
            return expired();
        }
        return switch (press.get().action()) {
            case ReminderChoices.NEW -> askMonth();
            case ReminderChoices.MONTH -> monthChosen(press.get().arg(0));
            case ReminderChoices.WHOM -> whomChosen(press.get().arg(0), press.get().arg(1));
            default -> expired();
        };
    }

    /**
     * The dialog's last words for a channel that saved {@code calendar} as a file instead of linking
     * it (the terminal): the same dates, and how to put that file into a calendar.
     */
    public String savedAs(CalendarReminder calendar, String file) {
        return ReminderTexts.calendarSaved(calendar.recipient(), calendar.cycle(), !calendar.monthKnown(), clock.instant(), file);
    }

    private ReminderMessage askMonth() {
        return new ReminderMessage(numberedChoices ? ReminderTexts.askMonthByNumber() : ReminderTexts.askMonth(),
                ReminderChoices.months(currentMonth(), m -> ReminderChoices.id(ReminderChoices.MONTH, m)));
    }

    private ReminderMessage monthChosen(String monthArg) {
        Optional<YearMonth> month = resolveMonth(monthArg);
        if (month.isEmpty()) {
            return expired();
        }
        String text = isUnknown(monthArg) ? ReminderTexts.askWhomUnknownMonth() : ReminderTexts.askWhom(month.get());
        return new ReminderMessage(text, ReminderChoices.whom(monthArg, false));
    }

    private ReminderMessage whomChosen(String monthArg, String code) {
        Optional<YearMonth> month = resolveMonth(monthArg);
        Optional<Recipient> recipient = ReminderChoices.recipient(code);
        if (month.isEmpty() || recipient.isEmpty()) {
            return expired();
        }
        boolean unknown = isUnknown(monthArg);
        CalendarReminder calendar = new CalendarReminder(month.get(), !unknown, code);
        return new ReminderMessage(ReminderTexts.calendarReady(recipient.get(), calendar.cycle(), unknown, clock.instant()),
                List.of(ReminderChoices.howTo(recipient.get(), menus.get())), Optional.of(calendar));
    }

    private ReminderMessage expired() {
        return new ReminderMessage(ReminderTexts.EXPIRED_MONTH,
                ReminderChoices.months(currentMonth(), m -> ReminderChoices.id(ReminderChoices.MONTH, m)));
    }

    /** "不记得了" is this month; any other must be one of the twelve offered today. */
    private Optional<YearMonth> resolveMonth(String monthArg) {
        YearMonth current = currentMonth();
        if (isUnknown(monthArg)) {
            return Optional.of(current);
        }
        return ReminderChoices.parseMonth(monthArg).filter(m -> !m.isAfter(current) && !m.isBefore(current.minusMonths(11)));
    }

    private static boolean isUnknown(String monthArg) {
        return ReminderChoices.UNKNOWN_MONTH.equals(monthArg);
    }

    private YearMonth currentMonth() {
        return CertificationCycle.monthOf(clock.instant());
    }
}
