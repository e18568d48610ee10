package org.pensionbot.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks personal numbers that users paste into chats: Chinese ID-card numbers
 * (18 or 15 digits), mainland mobile numbers and bank-card-like digit runs.
 *
 * <p>Everything that is logged or stored goes through {@link #mask(String)} first, so a full
 * number never reaches a log file or the database. Detection is deliberately generous: masking a
 * harmless long number costs nothing, leaking an ID number costs a lot.
 *
 * <p>Stateless and thread-safe.
 */
public final class PersonalData {

    // Digits may be written with spaces or dashes between groups ("138 1234 5678").
    private static final String SEP = "[\\s\\-.·]?";
    /** 〇-九 plus 零 and 幺 (as "one" is read out in phone numbers), by value 0-9 then 10, 11. */
    private static final String CHINESE_NUMERALS = "〇一二三四五六七八九零幺";
    private static final Pattern SPELLED_NUMBER = Pattern.compile("[〇一二三四五六七八九零幺](?:[\\s\\-.·]?[〇一二三四五六七八九零幺]){10,}+");
    private static final Pattern ID_CARD = Pattern.compile(
            "(?<![0-9])[1-9](?:" + SEP + "[0-9]){16}" + SEP + "[0-9Xx](?![0-9A-Za-z])"
                    + "|(?<![0-9])[1-9](?:" + SEP + "[0-9]){14}(?![0-9])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:\\+?86" + SEP + ")?1[3-9][0-9](?:" + SEP + "[0-9]){8}(?![0-9])");
    // Bank cards and any other long number: 12 or more digits. The unbounded repetitions are
    // possessive ({n,}+): a greedy group loop recurses once per digit and a message of a few
    // thousand digits overflowed the stack.
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9])[0-9](?:" + SEP + "[0-9]){11,}+(?![0-9])");

    private static final String MASK = "*";
    /**
     * Every pattern needs at least this many digits (a mobile number has 11): text with fewer
     * digits and Chinese numerals holds no personal number, and the patterns need not run.
     */
    private static final int MIN_DIGITS = 11;

    private PersonalData() {
    }

    /** True when the text contains something that looks like an ID-card, phone or bank number. */
    public static boolean contains(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (tooFewDigits(text)) {
            return false;
        }
        String digits = asciiDigits(text);
        return ID_CARD.matcher(digits).find() || MOBILE.matcher(digits).find() || LONG_NUMBER.matcher(digits).find();
    }

    /**
     * The text with every personal number replaced by a masked form that keeps only its first
     * two and last two digits ({@code 11**************34}), enough to recognise a pattern in
     * reports but not to identify anybody.
     */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        if (tooFewDigits(text)) {
            return foldDigits(text);
        }
        String result = asciiDigits(text);
        for (Pattern pattern : new Pattern[] {ID_CARD, MOBILE, LONG_NUMBER}) {
            result = maskAll(pattern, result);
        }
        return result;
    }

    private static String maskAll(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(maskNumber(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String maskNumber(String number) {
        String compact = number.replaceAll("[\\s\\-+]", "");
        if (compact.length() <= 4) {
            return MASK.repeat(compact.length());
        }
        return compact.substring(0, 2) + MASK.repeat(compact.length() - 4) + compact.substring(compact.length() - 2);
    }

    private static boolean tooFewDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if ((Character.isDigit(cp) || CHINESE_NUMERALS.indexOf(cp) >= 0) && ++digits >= MIN_DIGITS) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Spelled-out numbers as digits, then every digit, space and dash in its ASCII form. */
    private static String asciiDigits(String text) {
        return foldDigits(spelledOutDigits(text));
    }

    /** Full-width digits (０-９) and letters are common in Chinese input; fold them first. */
    private static String foldDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                // Any script's decimal digits: full-width, Arabic-Indic, mathematical bold ...
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp == '\u3000' || cp == '\u00A0' || cp == '\u202F') {
                out.append(' '); // ideographic and no-break spaces
            } else if (cp == '－') {
                out.append('-');
            } else if (cp == 'Ｘ' || cp == 'ｘ') {
                out.append('X');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * Numbers spelled with Chinese numerals ("一三八一二三四五六七八"). Only runs long enough to be
     * a phone or ID number are converted, so ordinary text such as "一年一次" stays as it is.
     */
    private static String spelledOutDigits(String text) {
        Matcher matcher = SPELLED_NUMBER.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            StringBuilder digits = new StringBuilder();
            matcher.group().codePoints().forEach(cp -> {
                int value = CHINESE_NUMERALS.indexOf(cp);
                digits.appendCodePoint(value >= 0 ? '0' + value % 10 : cp);
            });
            matcher.appendReplacement(out, Matcher.quoteReplacement(digits.toString()));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

}
