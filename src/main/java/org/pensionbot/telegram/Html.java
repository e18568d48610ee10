package org.pensionbot.telegram;

/**
 * Escaping for Telegram's HTML parse mode.
 *
 * <p>Every piece of text that did not come from this package's own templates (FAQ titles, steps,
 * tips, engine small talk, anything a user typed) goes through {@link #escape(String)} before it
 * is placed in a message. Stateless and thread-safe.
 */
public final class Html {

    private Html() {
    }

    /**
     * The text with {@code &}, {@code <}, {@code >} and {@code "} replaced by entities. Telegram needs
     * only the first three in text; escaping the quote too makes the result safe inside an
     * attribute as well, at no cost. Null becomes the empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped text in bold. */
    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }
}
