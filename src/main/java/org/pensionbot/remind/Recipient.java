package org.pensionbot.remind;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom a reminder is for: the user ({@link #SELF}) or someone they look after, by the short
 * name the user chose (妈妈, 王阿姨).
 *
 * <p>A name the user typed is cleaned by {@link #named(String)} before it is stored or shown:
 * only letters (any script) and single spaces survive, so digits (pieces of phone or ID numbers),
 * punctuation, emoji, markup and invisible control or direction characters never reach the
 * database or a message. Immutable.
 *
 * @param label what the messages call the person, 1 to {@value #MAX_LABEL} characters
 * @param self true for the user themself: reminders then link the "certify yourself" how-to,
 *     otherwise the "help a relative" one
 */
public record Recipient(String label, boolean self) {

    /** Longest label, in characters (Unicode code points). */
    public static final int MAX_LABEL = 10;

    public static final String SELF_LABEL = "我自己";

    public static final Recipient SELF = new Recipient(SELF_LABEL, true);

    public Recipient {
        Objects.requireNonNull(label, "label");
        int length = label.codePointCount(0, label.length());
        if (length < 1 || length > MAX_LABEL || !label.equals(clean(label))) {
            throw new IllegalArgumentException("a recipient label must be 1-" + MAX_LABEL + " letters (was '" + label + "')");
        }
        if (!self && label.equals(SELF_LABEL)) {
            self = true;
        }
    }

    /** Someone else, by a preset name such as 妈妈. */
    static Recipient relative(String label) {
        return new Recipient(label, false);
    }

    /**
     * The person a user named by typing, or empty when nothing usable is left after cleaning or
     * the name is longer than {@value #MAX_LABEL} characters.
     */
    public static Optional<Recipient> named(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String cleaned = clean(typed);
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length == 0 || length > MAX_LABEL) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(cleaned, cleaned.equals(SELF_LABEL)));
    }

    /** Full-width letters to normal ones (NFKC), then only letters, combining marks, '·' and single spaces. */
    static String clean(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean space = false;
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || (out.length() > 0 && isMark(c)) || c == '·') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            }
        }
        return out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
