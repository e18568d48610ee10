package org.pensionbot.remind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Stands in for the Telegram outbound queue: records what the scheduler hands over. Chats marked
 * {@link #block blocked} behave as Telegram does for a user who blocked the bot: the message is
 * refused with 403 and the refusal is reported once, as the channel's 403 hook will, without retry.
 */
final class RecordingOutbox implements ReminderOutbox {

    record Sent(long chatId, ReminderMessage message) {
        String html() {
            return message.text();
        }
    }

    private final List<Sent> delivered = new ArrayList<>();
    private final List<Long> refused = new ArrayList<>();
    private final Set<Long> blocked = new HashSet<>();
    private LongConsumer onForbidden = chatId -> { };

    synchronized void block(long chatId, LongConsumer onForbidden) {
        blocked.add(chatId);
        this.onForbidden = onForbidden;
    }

    synchronized void unblock(long chatId) {
        blocked.remove(chatId);
    }

    @Override
    public void send(long chatId, ReminderMessage message) {
        LongConsumer report;
        synchronized (this) {
            if (!blocked.contains(chatId)) {
                delivered.add(new Sent(chatId, message));
                return;
            }
            refused.add(chatId);
            report = onForbidden;
        }
        report.accept(chatId);
    }

    synchronized List<Sent> delivered() {
        return List.copyOf(delivered);
    }

    synchronized List<Sent> deliveredTo(long chatId) {
        return delivered.stream().filter(s -> s.chatId() == chatId).toList();
    }

    /** Chats whose message Telegram refused with 403, once per attempt. */
    synchronized List<Long> refused() {
        return List.copyOf(refused);
    }

    synchronized void clear() {
        delivered.clear();
        refused.clear();
    }
}
