package org.pensionbot.telegram.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a message the way Telegram's HTML parse mode would: only the allowed tags
 * (b/strong, i/em, u/ins, s/strike/del, span class="tg-spoiler", tg-spoiler, a href, code, pre,
 * blockquote, tg-emoji), properly nested and closed, every other {@code <}, {@code >} and
 * {@code &} escaped as a named or numeric entity, and 1-4096 characters long.
 */
public final class TelegramHtml {

    private static final Set<String> PLAIN_TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "tg-spoiler", "code", "pre", "blockquote");
    private static final Map<String, Pattern> TAGS_WITH_ATTRIBUTES = Map.of(
            "a", Pattern.compile("\\s+href=\"[^\"<>]*\""),
            "span", Pattern.compile("\\s+class=\"tg-spoiler\""),
            "code", Pattern.compile("\\s+class=\"language-[A-Za-z0-9_+-]+\""),
            "blockquote", Pattern.compile("\\s+expandable"),
            "tg-emoji", Pattern.compile("\\s+emoji-id=\"[0-9]+\""));
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)([^<>]*)>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);");

    private TelegramHtml() {
    }

    /** Everything wrong with {@code html}; empty when Telegram would accept it. */
    public static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        if (html == null || html.isBlank()) {
            problems.add("empty message");
            return problems;
        }
        if (html.length() > 4096) {
            problems.add("longer than 4096 characters: " + html.length());
        }
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(html).region(i, html.length());
                if (!tag.lookingAt()) {
                    problems.add("unescaped '<' at " + i);
                    i++;
                    continue;
                }
                String name = tag.group(2);
                String attributes = tag.group(3);
                if (tag.group(1).isEmpty()) {
                    if (!allowed(name, attributes)) {
                        problems.add("tag not allowed by Telegram: " + tag.group());
                    }
                    open.push(name);
                } else if (open.isEmpty() || !open.peek().equals(name)) {
                    problems.add("closing " + tag.group() + " does not match " + (open.isEmpty() ? "nothing" : "<" + open.peek() + ">"));
                } else {
                    open.pop();
                }
                i = tag.end();
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    problems.add("unescaped '&' at " + i);
                    i++;
                } else {
                    i = entity.end();
                }
            } else {
                if (c == '>') {
                    problems.add("unescaped '>' at " + i);
                }
                i++;
            }
        }
        if (!open.isEmpty()) {
            problems.add("unclosed tags: " + open);
        }
        return problems;
    }

    private static boolean allowed(String name, String attributes) {
        if (attributes.isBlank()) {
            return PLAIN_TAGS.contains(name);
        }
        Pattern pattern = TAGS_WITH_ATTRIBUTES.get(name);
        return pattern != null && pattern.matcher(attributes).matches();
    }

    /** The text a user sees: tags removed, entities decoded. */
    public static String visibleText(String html) {
        return TAG.matcher(html).replaceAll("")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
