package org.pensionbot.remind;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pensionbot.dialog.Choice;
import org.pensionbot.dialog.ChoiceId;
import org.pensionbot.search.TextNormalizer;

/**
 * What a month typed in answer to "上一次认证是哪个月？" picks among the month choices just offered:
 * "3月", "三月份", "今年3月", "去年十二月", "26年3月", "2026年3月", or "不记得了". Older people often type
 * the month instead of tapping it or sending its number, and then got "答不上来". "提醒我" picks the one month offered
 * under the due date of a month told ({@link StatedLastCertification}): a tester was asked for it again. The offered months are
 * the twelve up to this one, so a month's number alone names one of them; a year said with it must agree.
 */
final class TypedMonth {

    private static final Pattern MONTH = Pattern.compile(SpokenMonth.REGEX);
    private static final Pattern DONT_REMEMBER = Pattern.compile("不记得|记不清|记不得|忘了|忘记了|不知道");
    /** A question that names a month ("3月认证过了还要再认证吗", "十月份怎么认证") is a question, not an answer. */
    private static final Pattern ASKS = Pattern.compile("吗|么|怎|咋|什么|啥|如何|为什么|要不要|能不能|多久|几");
    /** Longer than an answer ("我是去年12月认证的" is ten). */
    private static final int MAX_CHARACTERS = 12;

    private TypedMonth() {
    }

    /** Whether {@code offered} holds a month to choose (or "不记得了"). */
    static boolean offersAMonth(List<Choice> offered) {
        return offered.stream().anyMatch(choice -> monthArg(choice) != null);
    }

    /** The offered choice {@code text} names, if it names exactly one. */
    static Optional<Choice> among(List<Choice> offered, String text, YearMonth current) {
        if (ReminderIntent.isRequest(text)) {
            // "提醒我" under the due date of a told month (one month on offer): that month, not the question again.
            return only(offered.stream().filter(choice -> monthArg(choice) != null).toList());
        }
        String typed = TextNormalizer.basicForm(text).replaceAll("[\\s\\p{P}]", "");   // "記不清了" is "记不清了"
        if (typed.isEmpty() || typed.codePointCount(0, typed.length()) > MAX_CHARACTERS || ASKS.matcher(typed).find()) {
            return Optional.empty();
        }
        if (DONT_REMEMBER.matcher(typed).find()) {
            return only(offered.stream().filter(choice -> ReminderChoices.UNKNOWN_MONTH.equals(monthArg(choice))).toList());
        }
        Matcher month = MONTH.matcher(typed);
        if (!month.find()) {
            return Optional.empty();
        }
        int number = SpokenMonth.monthNumber(month);
        Optional<Integer> year = SpokenMonth.year(month, current);
        Optional<Choice> named = only(offered.stream()
                .filter(choice -> ReminderChoices.parseMonth(monthArg(choice))
                        .filter(offeredMonth -> offeredMonth.getMonthValue() == number
                                && year.map(y -> y == offeredMonth.getYear()).orElse(true))
                        .isPresent())
                .toList());
        return named.isPresent() || year.isEmpty() ? named : earlierThanOffered(offered, YearMonth.of(year.get(), number));
    }

    /**
     * "不记得了" for a month before every offered one ("去年十二月" when the twelve offered start in January): the
     * question itself says to choose it then, and a certification that old is due now either way.
     */
    private static Optional<Choice> earlierThanOffered(List<Choice> offered, YearMonth typed) {
        Optional<YearMonth> earliest = offered.stream()
                .map(choice -> ReminderChoices.parseMonth(monthArg(choice)))
                .flatMap(Optional::stream)
                .min(YearMonth::compareTo);
        return earliest.isPresent() && typed.isBefore(earliest.get())
                ? only(offered.stream().filter(choice -> ReminderChoices.UNKNOWN_MONTH.equals(monthArg(choice))).toList())
                : Optional.empty();
    }

    /**
     * A month choice's month ({@code 202603}, or {@code 0} for "不记得了"), its last argument: the first
     * certification month, a reminder's new month, or the month just certified in. Null for other choices.
     */
    private static String monthArg(Choice choice) {
        return ChoiceId.parse(choice.id())
                .filter(id -> id.prefix().equals(ReminderChoices.PREFIX) && id.args().size() >= 2
                        && MONTH_ACTIONS.contains(id.args().get(0)))
                .map(id -> id.args().get(id.args().size() - 1))
                .orElse(null);
    }

    private static final Set<String> MONTH_ACTIONS =
            Set.of(ReminderChoices.MONTH, ReminderChoices.CHANGE_MONTH, ReminderChoices.CONFIRMED_MONTH);

    private static Optional<Choice> only(List<Choice> matches) {
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
