package org.pensionbot.remind;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A month as people write it: "3月", "三月份", "今年3月", "去年十二月", "去年是5月", "26年3月", "2026年3月". Shared by
 * the month typed in answer to the reminder's question ({@link TypedMonth}) and the month told in a message
 * ({@link StatedLastCertification}), so both read the same words the same way. Stateless.
 */
final class SpokenMonth {

    /**
     * The month, with its year when one is said: groups {@code year} ("今", "去", "旧", "上", "前", "26", "2026") and
     * {@code month} ("3", "03", "十二", "三"). A number of a longer figure is not a month ("13月").
     */
    static final String REGEX = "(?:(?<year>\\d{4}|\\d{2}|今|去|前|旧|上)年(?:是|的)?)?(?<![\\d十])"
            + "(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?";

    private static final String NUMERALS = "一二三四五六七八九";

    private SpokenMonth() {
    }

    /** The month's number, 1 to 12, of a {@link #REGEX} match. */
    static int monthNumber(Matcher match) {
        String written = match.group("month");
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        if (written.startsWith("十")) {
            return written.length() == 1 ? 10 : 10 + NUMERALS.indexOf(written.charAt(1)) + 1;
        }
        return NUMERALS.indexOf(written.charAt(0)) + 1;
    }

    /** The year said with a {@link #REGEX} match, counted from {@code current} ("去年"); empty when none is said. */
    static Optional<Integer> year(Matcher match, YearMonth current) {
        String written = match.group("year");
        if (written == null) {
            return Optional.empty();
        }
        return Optional.of(switch (written) {
            case "今" -> current.getYear();
            case "去", "旧", "上" -> current.getYear() - 1;   // 旧年 is Cantonese, 上年 colloquial
            case "前" -> current.getYear() - 2;
            default -> written.length() == 2 ? 2000 + Integer.parseInt(written) : Integer.parseInt(written);
        });
    }
}
