package org.pensionbot.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pensionbot.dialog.Phrases;

/**
 * Keeps the hotline numbers in a message dialable with one tap.
 *
 * <p>Telegram refuses {@code tel:} URLs in {@code <a href>}, so a number becomes tappable only
 * when the reader's app recognises it as a phone number by itself. Chinese text writes it glued to the words around it
 * ("可打12333问"), where a Han character counts as part of the same word and the digits may not be
 * recognised; a space on each side makes the number a word of its own. Nothing else changes: no
 * markup, no other digits (years, counts) are touched. Stateless and thread-safe.
 */
final class Dialable {

    /** The social-insurance hotline and the police, the two numbers the corpus tells people to call. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])(" + Phrases.HOTLINE + "|110)(?![0-9])");

    private Dialable() {
    }

    /** The text with a space put between each hotline number and a letter touching it. */
    static String numbers(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 4);
        Matcher matcher = NUMBER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            out.append(text, last, matcher.start());
            if (matcher.start() > 0 && Character.isLetter(text.codePointBefore(matcher.start()))) {
                out.append(' ');
            }
            out.append(matcher.group());
            if (matcher.end() < text.length() && Character.isLetter(text.codePointAt(matcher.end()))) {
                out.append(' ');
            }
            last = matcher.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
