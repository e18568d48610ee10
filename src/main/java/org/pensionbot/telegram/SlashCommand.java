package org.pensionbot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slash command as typed: {@code /help}, {@code /stats 7}, or in groups {@code /help@pension_bot}.
 *
 * @param name lower case, without the slash
 * @param target the bot named after {@code @}, or null when none was named
 * @param arguments the rest of the text, trimmed
 */
record SlashCommand(String name, String target, String arguments) {

    private static final Pattern COMMAND = Pattern.compile(
            "^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$", Pattern.DOTALL);

    /** The command at the start of {@code text}, or empty when the text is not a command. */
    static Optional<SlashCommand> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = COMMAND.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String arguments = m.group(3) == null ? "" : m.group(3).strip();
        return Optional.of(new SlashCommand(m.group(1).toLowerCase(Locale.ROOT), m.group(2), arguments));
    }

    /** False when the command names another bot ({@code /help@other_bot}) and is not for us. */
    boolean isFor(BotIdentity bot) {
        return target == null || target.equalsIgnoreCase(bot.username());
    }
}
