/**
 * The Telegram channel. How one message flows through it:
 *
 * <ol>
 *   <li>{@link org.pensionbot.telegram.TelegramBot} connects (getMe), and telegrambots'
 *       long poller hands each batch of updates to {@link org.pensionbot.telegram.UpdateBatchConsumer},
 *       which skips updates already handled ({@link org.pensionbot.telegram.UpdateDeduplicator},
 *       {@link org.pensionbot.telegram.HandledUpdateStore}) and runs chats in parallel, each chat in order.</li>
 *   <li>{@link org.pensionbot.telegram.UpdateRouter} acknowledges button presses, drops what is not
 *       for the bot ({@link org.pensionbot.telegram.Addressing}) and throttles floods
 *       ({@link org.pensionbot.telegram.FloodGuard}).</li>
 *   <li>{@link org.pensionbot.telegram.MessageHandler} (text, commands, media, contacts) and
 *       {@link org.pensionbot.telegram.CallbackQueryHandler} (buttons) ask the
 *       {@link org.pensionbot.dialog.DialogEngine} what to answer; they never decide it themselves.</li>
 *   <li>{@link org.pensionbot.telegram.ReplyRenderer} and {@link org.pensionbot.telegram.StepRenderer}
 *       turn the reply into escaped HTML and buttons ({@link org.pensionbot.telegram.Buttons},
 *       {@link org.pensionbot.telegram.CallbackData}).</li>
 *   <li>{@link org.pensionbot.telegram.OutboundQueue} splits long text
 *       ({@link org.pensionbot.telegram.MessageSplitter}) and sends it within Telegram's limits,
 *       retrying 429s, 5xx and network errors.</li>
 * </ol>
 *
 * <p>Other features plug in through {@link org.pensionbot.telegram.TelegramExtensions}: extra
 * commands, extra button prefixes, a {@link org.pensionbot.telegram.ConversationListener}, a store
 * for handled update ids, and start hooks that receive the {@link org.pensionbot.telegram.Outbox}.
 */
package org.pensionbot.telegram;
