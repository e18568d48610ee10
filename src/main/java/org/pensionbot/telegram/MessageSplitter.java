package org.pensionbot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Splits an HTML message that is longer than Telegram's limit into parts that each fit.
 *
 * <p>Guarantees: every part is at most {@code limit} characters (Java {@code String.length()},
 * which counts UTF-16 units exactly as Telegram does), is not blank, and is well-formed on its
 * own. Parts end on line boundaries; only a single line longer than the limit is cut inside, and
 * then never inside a tag, an entity or a surrogate pair, with open tags closed at the end of one
 * part and reopened at the start of the next. Joining the parts with line breaks gives the
 * original text back, apart from blank lines at the cuts.
 *
 * <p>The limit is applied to the raw HTML, which is never shorter than the text Telegram counts
 * after parsing, so the parts are always accepted. Stateless and thread-safe.
 */
public final class MessageSplitter {

    /** Telegram's maximum message length after entity parsing. */
    public static final int TELEGRAM_LIMIT = 4096;

    // The longest tag a part may have to reopen and close must leave room for text.
    private static final int MIN_LIMIT = 64;

    private MessageSplitter() {
    }

    public static List<String> split(String html) {
        return split(html, TELEGRAM_LIMIT);
    }

    public static List<String> split(String html, int limit) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("limit must be at least " + MIN_LIMIT + " (was " + limit + ")");
        }
        if (html.length() <= limit) {
            return List.of(html);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : html.split("\n", -1)) {
            for (String piece : cutLongLine(line, limit)) {
                int joined = current.length() == 0 ? piece.length() : current.length() + 1 + piece.length();
                if (joined > limit) {
                    addPart(parts, current);
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(piece);
            }
        }
        addPart(parts, current);
        return parts;
    }

    private static void addPart(List<String> parts, CharSequence part) {
        String trimmed = trimBlankLines(part.toString());
        if (!trimmed.isBlank()) {
            parts.add(trimmed);
        }
    }

    private static String trimBlankLines(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '\n') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(start, end);
    }

    /** Cuts one line into pieces of at most {@code limit}, keeping tags balanced in each piece. */
    private static List<String> cutLongLine(String line, int limit) {
        if (line.length() <= limit) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        Deque<OpenTag> open = new ArrayDeque<>();
        StringBuilder piece = new StringBuilder();
        int textInPiece = 0;
        int i = 0;
        while (i < line.length()) {
            int end = tokenEnd(line, i);
            String token = line.substring(i, end);
            Deque<OpenTag> after = new ArrayDeque<>(open);
            applyTag(after, token);
            if (textInPiece > 0 && piece.length() + token.length() + closingLength(after) > limit) {
                piece.append(closing(open));
                pieces.add(piece.toString());
                piece.setLength(0);
                piece.append(reopening(open));
                textInPiece = 0;
            }
            piece.append(token);
            if (!token.startsWith("<")) {
                textInPiece++;
            }
            open = after;
            i = end;
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /** The end of the indivisible token starting at {@code i}: a tag, an entity, a code point. */
    private static int tokenEnd(String line, int i) {
        char c = line.charAt(i);
        if (c == '<') {
            int close = line.indexOf('>', i);
            return close < 0 ? i + 1 : close + 1;
        }
        if (c == '&') {
            int semi = line.indexOf(';', i);
            return semi < 0 || semi - i > 10 ? i + 1 : semi + 1;
        }
        return Character.isHighSurrogate(c) && i + 1 < line.length() ? i + 2 : i + 1;
    }

    private static void applyTag(Deque<OpenTag> open, String token) {
        if (!token.startsWith("<") || token.length() < 3) {
            return;
        }
        if (token.startsWith("</")) {
            if (!open.isEmpty()) {
                open.pop();
            }
        } else if (!token.endsWith("/>")) {
            String name = token.substring(1, token.length() - 1).split("[\\s>]", 2)[0];
            open.push(new OpenTag(name, token));
        }
    }

    private static String closing(Deque<OpenTag> open) {
        StringBuilder out = new StringBuilder();
        for (OpenTag tag : open) {
            out.append("</").append(tag.name()).append('>');
        }
        return out.toString();
    }

    private static int closingLength(Deque<OpenTag> open) {
        return closing(open).length();
    }

    private static String reopening(Deque<OpenTag> open) {
        StringBuilder out = new StringBuilder();
        for (Iterator<OpenTag> it = open.descendingIterator(); it.hasNext(); ) {
            out.append(it.next().source());
        }
        return out.toString();
    }

    private record OpenTag(String name, String source) {
    }
}
