/**
 * The Telegram channel. How one message flows through it:
 *
 * <ol>
 *   <li>{@link org.pensionbot.telegram.TelegramBot} connects (getMe), and telegrambots'
 *       long poller hands each batch of updates to {@link org.pensionbot.telegram.UpdateBatchConsumer},
 *       which skips updates already handled ({@link org.pensionbot.telegram.UpdateDeduplicator},
 *       {@link org.pensionbot.telegram.HandledUpdateStore}) and runs chats in parallel, each chat in order.
 *       An update stays unconfirmed to Telegram until its answer is out
 *       ({@link org.pensionbot.telegram.UnansweredUpdates}), so a crash loses nothing.</li>
 *   <li>{@link org.pensionbot.telegram.UpdateRouter} acknowledges button presses, drops what is not
 *       for the bot ({@link org.pensionbot.telegram.Addressing}) and throttles floods
 *       ({@link org.pensionbot.telegram.FloodGuard}).</li>
 *   <li>{@link org.pensionbot.telegram.MessageHandler} (text, commands, media, contacts) and
 *       {@link org.pensionbot.telegram.CallbackQueryHandler} (buttons) ask the
 *       {@link org.pensionbot.dialog.DialogEngine} what to answer; they never decide it themselves.</li>
 *   <li>{@link org.pensionbot.telegram.ReplyRenderer} and {@link org.pensionbot.telegram.StepRenderer}
 *       turn the reply into escaped HTML and buttons ({@link org.pensionbot.telegram.Buttons},
 *       {@link org.pensionbot.dialog.ChoiceId}).</li>
 *   <li>{@link org.pensionbot.telegram.OutboundQueue} splits long text
 *       ({@link org.pensionbot.telegram.MessageSplitter}) and sends it within Telegram's limits,
 *       retrying 429s, 5xx and network errors.</li>
 * </ol>
 *
 * <p>Other features plug in through {@link org.pensionbot.telegram.TelegramExtensions}: extra
 * commands, extra button prefixes, a {@link org.pensionbot.telegram.ConversationListener}, a store
 * for handled update ids, typed text an extension waits for ({@link org.pensionbot.telegram.TextHook}),
 * rows under answers ({@link org.pensionbot.telegram.AnswerButtons}), chats that blocked the bot
 * (403), start hooks that receive the {@link org.pensionbot.telegram.Outbox} and stop hooks that
 * run before it closes. {@link org.pensionbot.telegram.AdminCommands} and
 * {@link org.pensionbot.telegram.ReminderExtension} plug the admin commands and the yearly
 * reminders in this way; both only check who may use them, render and send: what they say is
 * decided by the channel-free {@code AdminConversation} and {@code ReminderConversation}.
 *
 * <p>Logs name chats and users only by the last digits of their ids
 * ({@link org.pensionbot.telegram.LogIds}): an id is enough to contact a person.
 */
package org.pensionbot.telegram;
