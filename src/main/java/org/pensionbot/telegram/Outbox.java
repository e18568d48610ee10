package org.pensionbot.telegram;

/**
 * Where the bot's messages go. Sending never blocks on the network and never throws: the
 * implementation queues the message, respects Telegram's rate limits, retries what can be retried
 * and logs what had to be dropped.
 *
 * <p>Guarantees for implementations: messages to one chat arrive in the order they were given;
 * text longer than Telegram allows is split on line boundaries. Thread-safe.
 */
public interface Outbox {

    void send(long chatId, OutgoingMessage message);

    /** Plain text, escaped here: for extensions that have no HTML of their own. */
    default void sendText(long chatId, String text) {
        send(chatId, OutgoingMessage.of(Html.escape(text)));
    }
}
