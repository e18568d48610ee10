package org.pensionbot.telegram;

import org.pensionbot.dialog.Reply;
import org.pensionbot.store.EventRecorder;

/**
 * Records every reply and every 👍/👎 in the database for {@code /stats} and
 * {@code /unanswered}. The recorder masks text and hashes ids, and never throws.
 */
public final class EventLogListener implements ConversationListener {

    private final EventRecorder recorder;

    public EventLogListener(EventRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void onReply(long chatId, long userId, Reply reply) {
        recorder.record(chatId, reply);
    }

    @Override
    public void onFeedback(long chatId, long userId, String entryId, boolean helpful) {
        recorder.recordFeedback(chatId, entryId, helpful);
    }
}
