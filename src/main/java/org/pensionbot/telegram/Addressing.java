package org.pensionbot.telegram;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether a message is meant for the bot. In a private chat everything is; in a group the
 * bot speaks only when mentioned ({@code @botname}), replied to, or given a command that is not
 * addressed to another bot, so it never talks over a family's conversation.
 *
 * <p>Immutable and thread-safe.
 */
final class Addressing {

    private final BotIdentity bot;
    private final Pattern mention;

    Addressing(BotIdentity bot) {
        this.bot = bot;
        // Not \b: in Java 17 a Chinese character counts as a word character for \b, and users
        // often type the question right after the name ("@pension_bot怎么认证").
        this.mention = Pattern.compile("@" + Pattern.quote(bot.username()) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);
    }

    static boolean isGroup(Message message) {
        return message.getChat() != null && (message.getChat().isGroupChat() || message.getChat().isSuperGroupChat());
    }

    boolean isAddressed(Message message) {
        if (!isGroup(message)) {
            return true;
        }
        if (isReplyToBot(message)) {
            return true;
        }
        String text = message.hasText() ? message.getText() : message.getCaption();
        if (text == null) {
            return false;
        }
        if (SlashCommand.parse(text).map(command -> command.isFor(bot)).orElse(false)) {
            return true;
        }
        List<MessageEntity> entities = message.hasText() ? message.getEntities() : message.getCaptionEntities();
        if (entities != null) {
            for (MessageEntity entity : entities) {
                if ("text_mention".equals(entity.getType()) && entity.getUser() != null
                        && Objects.equals(entity.getUser().getId(), bot.id())) {
                    return true;
                }
            }
        }
        // Clients mark "@name" as a mention entity; matching the text as well covers clients and
        // forwarded texts that do not.
        return mention.matcher(text).find();
    }

    /** The text without mentions of this bot, so "@pension_bot 怎么认证" is asked as "怎么认证". */
    String withoutMention(String text) {
        return mention.matcher(text).replaceAll(" ").strip();
    }

    private boolean isReplyToBot(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && Objects.equals(replied.getFrom().getId(), bot.id());
    }
}
