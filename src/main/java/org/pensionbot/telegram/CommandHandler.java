package org.pensionbot.telegram;

/**
 * Handles one extra slash command registered through {@link TelegramExtensions} (for example
 * {@code /stats} for admins). Checking who may use the command is the handler's job
 * (see {@code BotConfig.isAdmin}).
 *
 * <p>Called on an update-handling thread; must be thread-safe. An exception is logged and the
 * user gets nothing.
 */
@FunctionalInterface
public interface CommandHandler {

    void handle(CommandRequest request, Outbox outbox);

    /**
     * One command as the user sent it.
     *
     * @param command the command name, lower case, without the slash or {@code @botname}
     * @param arguments the text after the command, trimmed; empty when there is none
     */
    record CommandRequest(long chatId, long userId, boolean groupChat, String command, String arguments) {
    }
}
