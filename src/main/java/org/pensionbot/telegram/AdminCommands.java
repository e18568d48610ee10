package org.pensionbot.telegram;

import java.util.Objects;
import org.pensionbot.admin.AdminConversation;
import org.pensionbot.admin.AdminMessage;
import org.pensionbot.config.BotConfig;

/**
 * The admin commands on Telegram ({@code /stats}, {@code /unanswered}, {@code /why},
 * {@code /reload}, {@code /corpus}) and their {@code learn:}/{@code unlearn:} buttons. What they do
 * and say is {@link AdminConversation}'s; here only who may use them is checked, and its plain text
 * is escaped and its choices become inline buttons.
 *
 * <p>Only users in {@code ADMIN_IDS} may use them; anyone else gets the ordinary help text, exactly
 * as for an unknown command, so nothing hints that admin commands exist. The commands are not
 * listed in Telegram's menu. Every admin action is logged with the admin's user id, masked like
 * every id in the logs ({@link LogIds#user}).
 */
public final class AdminCommands {

    private final BotConfig config;
    private final AdminConversation conversation;

    public AdminCommands(BotConfig config, AdminConversation conversation) {
        this.config = Objects.requireNonNull(config, "config");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
    }

    /** Adds the admin commands, and the buttons that learn from missed questions, to an extensions builder. */
    public TelegramExtensions.Builder register(TelegramExtensions.Builder builder) {
        AdminConversation.COMMANDS.forEach(name -> builder.command(name, null, this::command));
        AdminConversation.CHOICE_PREFIXES.forEach(prefix -> builder.button(prefix, this::button));
        return builder;
    }

    private void command(CommandHandler.CommandRequest request, Outbox outbox) {
        if (!admitted(request.userId(), request.chatId(), outbox)) {
            return;
        }
        conversation.onCommand(LogIds.user(request.userId()), request.command(), request.arguments())
                .forEach(message -> outbox.send(request.chatId(), message(message)));
    }

    private void button(ButtonHandler.ButtonPress press, Outbox outbox) {
        if (!admitted(press.userId(), press.chatId(), outbox)) {
            return;
        }
        String id = press.data().encode().orElse("");
        outbox.send(press.chatId(), message(conversation.onChoice(LogIds.user(press.userId()), id)));
    }

    private boolean admitted(long userId, long chatId, Outbox outbox) {
        if (config.isAdmin(userId)) {
            return true;
        }
        outbox.send(chatId, OutgoingMessage.of(Html.escape(TelegramPhrases.HELP)));
        return false;
    }

    /** Plain text escaped for Telegram's HTML, choices as inline buttons. */
    static OutgoingMessage message(AdminMessage message) {
        return new OutgoingMessage(Html.escape(message.text()), Buttons.keyboardOf(message.choices()));
    }
}
