package org.pensionbot.telegram;

import java.util.Objects;
import java.util.function.Supplier;
import org.pensionbot.corpus.Menus;
import org.pensionbot.remind.ReminderConversation;
import org.pensionbot.remind.ReminderIntent;
import org.pensionbot.remind.ReminderMessage;
import org.pensionbot.remind.Reminders;

/**
 * The yearly certification reminders on Telegram: {@code /remind} (listed in the menu), the
 * {@code r:} buttons, typed text (a request such as "提醒我", the name typed after "其他人", and
 * any message at all resuming a chat that had blocked the bot), the "提醒我" button under the answers that
 * {@code menus.yml} lists as {@code reminder-topics}, 403s that pause a chat's reminders, and the scheduler's life, which follows the
 * bot's: started once the bot can send, stopped before its outbound queue closes.
 *
 * <pre>{@code
 * Reminders reminders = Reminders.create(storage.database(), Clock.systemUTC(), () -> engine.corpus().menus());
 * new ReminderExtension(reminders, () -> engine.corpus().menus()).register(extensions);
 * }</pre>
 *
 * <p>Only renders and transports: what to say, and which choices to offer, is decided by
 * {@link ReminderConversation}; here its plain text is escaped and its choices become inline
 * buttons. The database stays
 * the caller's, to be closed after the bot.
 */
public final class ReminderExtension {

    private final Reminders reminders;
    private final Supplier<Menus> menus;

    /** @param menus the menus of the corpus being served, asked afresh for every answer (they follow reloads) */
    public ReminderExtension(Reminders reminders, Supplier<Menus> menus) {
        this.reminders = Objects.requireNonNull(reminders, "reminders");
        this.menus = Objects.requireNonNull(menus, "menus");
    }

    /** Adds the reminders to an extensions builder. */
    public TelegramExtensions.Builder register(TelegramExtensions.Builder builder) {
        ReminderConversation conversation = reminders.conversation();
        return builder
                .introduction(ReminderIntent.INTRODUCTION)
                .command(ReminderConversation.COMMAND, ReminderConversation.COMMAND_DESCRIPTION, (request, outbox) ->
                        outbox.send(request.chatId(), message(conversation.onCommand(request.chatId(), request.arguments()))))
                .button(ReminderConversation.CHOICE_PREFIX, (press, outbox) ->
                        outbox.send(press.chatId(), message(conversation.onButton(press.chatId(), press.data().encode().orElse("")))))
                .textHook((chatId, text) -> conversation.onText(chatId, text).map(ReminderExtension::message))
                .answerButtons(entryId -> ReminderConversation.offerUnder(entryId, menus.get()))
                .onChatBlocked(reminders::chatBlocked)
                .onStart(outbox -> reminders.start((chatId, reminder) -> outbox.send(chatId, message(reminder))))
                .onStop(reminders::close);
    }

    /**
     * The heading in bold above the text, both escaped for Telegram's HTML; choices as inline
     * buttons (a calendar file is the web's; never offered here).
     */
    static OutgoingMessage message(ReminderMessage message) {
        String text = message.heading().isEmpty() ? Html.escape(message.text())
                : Html.bold(message.heading()) + "\n\n" + Html.escape(message.text());
        return new OutgoingMessage(text, Buttons.keyboardOf(message.choices()), message.followUpEntry());
    }
}
