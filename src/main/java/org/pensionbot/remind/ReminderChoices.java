package org.pensionbot.remind;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.pensionbot.corpus.Menus;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.ChoiceId;
import org.pensionbot.dialog.ReplyChoices;
import org.pensionbot.remind.CertificationCycle.Phase;
import org.pensionbot.remind.CertificationCycle.Stage;

/**
 * The choices of the reminder dialog, channel-free: labels and {@link ChoiceId}s
 * {@code r:<action>[:<arg>...]} carrying ids, months and one-letter codes only, never text, so
 * every one fits {@value ChoiceId#MAX_BYTES} bytes (the longest, {@code r:e:<13 base-36 digits>:202611},
 * has 24). Telegram shows them as inline buttons, the web page as buttons. Stateless and thread-safe.
 *
 * <pre>
 * r:n                 set up a new reminder ("提醒我")       r:l          list the chat's reminders
 * r:m:202611 | r:m:0  last certified in that month | 不记得了   r:c:&lt;id&gt;     change a reminder's month
 * r:w:202611:m        for whom: s 我自己, m 妈妈, f 爸爸,      r:e:&lt;id&gt;:202611  its new month
 *                     p 老伴, k 家人, o someone else (typed)   r:d:&lt;id&gt; / r:dy:&lt;id&gt;  delete? / yes
 * r:ok:&lt;id&gt;           "我已认证" under a reminder: which month?  r:x / r:xy   turn all off? / yes
 * r:okm:&lt;id&gt;:202611   certified in that month (this or last)
 * </pre>
 */
final class ReminderChoices {

    /** The prefix of every reminder choice; channels route it to the reminder dialog. */
    static final String PREFIX = "r";

    static final String NEW = "n";
    static final String MONTH = "m";
    static final String WHOM = "w";
    static final String LIST = "l";
    static final String CHANGE = "c";
    static final String CHANGE_MONTH = "e";
    static final String DELETE = "d";
    static final String DELETE_YES = "dy";
    static final String CONFIRMED = "ok";
    static final String CONFIRMED_MONTH = "okm";
    static final String OFF = "x";
    static final String OFF_YES = "xy";

    /** The month argument of "不记得了": count from the month the choice is made. */
    static final String UNKNOWN_MONTH = "0";

    static final String WHOM_SELF = "s";
    static final String WHOM_OTHER = "o";
    /** Preset relatives, by code. {@code k} ("家人") is for channels where nobody types a name. */
    static final Map<String, String> PRESETS = Map.of("m", "妈妈", "f", "爸爸", "p", "老伴", "k", "家人");
    private static final List<String> PRESET_ORDER = List.of("m", "f", "p");
    static final String WHOM_FAMILY = "k";

    private static final int MONTHS_OFFERED = 12;
    private static final int MONTHS_PER_ROW = 3;

    private ReminderChoices() {
    }

    static ChoiceId id(String action, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = action;
        System.arraycopy(args, 0, all, 1, args.length);
        return ChoiceId.of(PREFIX, all);
    }

    /** A choice; an id that could not fit the limit is a bug here, not a user error. */
    static Choice choice(String label, ChoiceId id) {
        return ReplyChoices.choice(label, id, Choice.Kind.FEATURE)
                .orElseThrow(() -> new IllegalStateException("reminder choice id too long: " + id));
    }

    /** "⏰ 提醒我明年认证", offered under the answers {@code menus.yml} lists as reminder topics. */
    static Choice offer() {
        return choice(ReminderTexts.OFFER_BUTTON, id(NEW));
    }

    /**
     * The twelve months up to {@code current}, newest first, three to a row, then "不记得了":
     * whoever certified earlier than that is due now, which is what "不记得了" advises anyway.
     */
    static List<List<Choice>> months(YearMonth current, Function<String, ChoiceId> idForMonth) {
        List<List<Choice>> rows = new ArrayList<>();
        List<Choice> row = new ArrayList<>();
        for (int back = 0; back < MONTHS_OFFERED; back++) {
            YearMonth month = current.minusMonths(back);
            row.add(choice(ReminderTexts.shortMonth(month, current), idForMonth.apply(monthArg(month))));
            if (row.size() == MONTHS_PER_ROW) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        rows.add(row);
        rows.add(List.of(choice(ReminderTexts.DONT_REMEMBER, idForMonth.apply(UNKNOWN_MONTH))));
        rows.removeIf(List::isEmpty);
        return rows;
    }

    /**
     * 我自己 / 妈妈 爸爸 老伴 / then either "其他人（打字告诉我）" or, where names are not typed
     * (the web keeps nothing the person writes), "其他家人".
     */
    static List<List<Choice>> whom(String monthArg, boolean typedNames) {
        List<Choice> presets = new ArrayList<>();
        for (String code : PRESET_ORDER) {
            presets.add(choice(PRESETS.get(code), id(WHOM, monthArg, code)));
        }
        Choice other = typedNames
                ? choice(ReminderTexts.SOMEONE_ELSE, id(WHOM, monthArg, WHOM_OTHER))
                : choice(ReminderTexts.OTHER_FAMILY, id(WHOM, monthArg, WHOM_FAMILY));
        return List.of(List.of(choice(Recipient.SELF_LABEL, id(WHOM, monthArg, WHOM_SELF))), presets, List.of(other));
    }

    /** The person a "for whom" code stands for; empty for "someone else" (typed) and unknown codes. */
    static Optional<Recipient> recipient(String code) {
        if (WHOM_SELF.equals(code)) {
            return Optional.of(Recipient.SELF);
        }
        return code != null && PRESETS.containsKey(code) ? Optional.of(Recipient.relative(PRESETS.get(code))) : Optional.empty();
    }

    /** The how-to answer for the recipient, as the corpus names it in {@code menus.yml}; none when it names none. */
    static List<Choice> howTo(Recipient recipient, Menus menus) {
        Optional<String> entry = recipient.self() ? menus.howToSelf() : menus.howToOthers();
        String label = recipient.self() ? ReminderTexts.HOW_TO_SELF_BUTTON : ReminderTexts.HOW_TO_OTHERS_BUTTON;
        return entry.flatMap(e -> ReplyChoices.choice(label, ChoiceId.of(ReplyChoices.ANSWER, e), Choice.Kind.ENTRY))
                .stream().toList();
    }

    /**
     * Under a told last certification month: the reminder, its month already known, while the cycle has more
     * than its last month to run; and how to certify (for oneself or a relative).
     */
    static List<List<Choice>> afterStatedMonth(StatedLastCertification.Stated stated, Phase phase, Menus menus) {
        List<List<Choice>> rows = new ArrayList<>();
        if (phase == Phase.UPCOMING) {
            rows.add(List.of(choice(ReminderTexts.REMIND_BEFORE_BUTTON, id(MONTH, monthArg(stated.lastCertified())))));
        }
        rows.add(howTo(stated.forSomeoneElse() ? Recipient.relative(PRESETS.get(WHOM_FAMILY)) : Recipient.SELF, menus));
        return rows;
    }

    static List<Choice> showList() {
        return List.of(choice(ReminderTexts.LIST_BUTTON, id(LIST)));
    }

    /** Change and delete per reminder, then "再加一个" (while there is room) and "全部关闭". */
    static List<List<Choice>> list(List<Reminder> reminders) {
        List<List<Choice>> rows = new ArrayList<>();
        for (Reminder reminder : reminders) {
            String id = idArg(reminder.id());
            rows.add(List.of(
                    choice(ReminderTexts.buttonLabel("修改", reminder.recipient()), id(CHANGE, id)),
                    choice(ReminderTexts.buttonLabel("删除", reminder.recipient()), id(DELETE, id))));
        }
        List<Choice> last = new ArrayList<>();
        if (reminders.size() < ReminderStore.MAX_PER_CHAT) {
            last.add(choice(ReminderTexts.ADD_BUTTON, id(NEW)));
        }
        last.add(choice(ReminderTexts.OFF_BUTTON, id(OFF)));
        rows.add(last);
        return rows;
    }

    /** After saving: the how-to first when certifying soon is the advice, then the way to the list. */
    static List<List<Choice>> afterSaving(Reminder reminder, boolean unknownMonth, Menus menus) {
        List<List<Choice>> rows = new ArrayList<>();
        if (unknownMonth || reminder.stage() != Stage.FIRST) {
            rows.add(howTo(reminder.recipient(), menus));
        }
        rows.add(showList());
        rows.removeIf(List::isEmpty);
        return rows;
    }

    /** Under a reminder: how to certify, and "我已认证". */
    static List<List<Choice>> underReminder(Reminder reminder, Menus menus) {
        List<List<Choice>> rows = new ArrayList<>();
        rows.add(howTo(reminder.recipient(), menus));
        rows.add(List.of(choice(ReminderTexts.CONFIRMED_BUTTON, id(CONFIRMED, idArg(reminder.id())))));
        rows.removeIf(List::isEmpty);
        return rows;
    }

    /** "我已认证": this month or last month; people press it days after certifying, across a month's end. */
    static List<List<Choice>> certifiedWhen(Reminder reminder, YearMonth current) {
        String id = idArg(reminder.id());
        return List.of(List.of(
                choice(ReminderTexts.thisMonth(current), id(CONFIRMED_MONTH, id, monthArg(current))),
                choice(ReminderTexts.lastMonth(current.minusMonths(1)), id(CONFIRMED_MONTH, id, monthArg(current.minusMonths(1))))));
    }

    /** A confirmation: do it, or back to the list. */
    static List<List<Choice>> yesOrBackToList(String yesLabel, ChoiceId yes, String noLabel) {
        return List.of(List.of(choice(yesLabel, yes), choice(noLabel, id(LIST))));
    }

    static String monthArg(YearMonth month) {
        return Integer.toString(ReminderStore.toColumn(month));
    }

    /** A month argument ({@code 202611}), or empty for anything else, "不记得了" included. */
    static Optional<YearMonth> parseMonth(String arg) {
        if (arg == null || !arg.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(arg);
        int month = value % 100;
        return month >= 1 && month <= 12 ? Optional.of(ReminderStore.fromColumn(value)) : Optional.empty();
    }

    static String idArg(long id) {
        return Long.toString(id, Character.MAX_RADIX);
    }

    static OptionalLong parseId(String arg) {
        if (arg == null || arg.isEmpty() || arg.length() > 13) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(arg, Character.MAX_RADIX);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * A chosen reminder choice.
     *
     * @param action the part after {@code r:}
     * @param args the rest, possibly none
     */
    record Press(String action, List<String> args) {

        /** Empty for ids that are not the reminder dialog's (another prefix, blank, too long). */
        static Optional<Press> parse(String data) {
            return ChoiceId.parse(data)
                    .filter(id -> id.prefix().equals(PREFIX) && id.arg(0).filter(a -> !a.isEmpty()).isPresent())
                    .map(id -> new Press(id.args().get(0), id.args().subList(1, id.args().size())));
        }

        String arg(int index) {
            return index < args.size() ? args.get(index) : null;
        }
    }
}
