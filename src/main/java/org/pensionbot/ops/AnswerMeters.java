package org.pensionbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.pensionbot.dialog.Reply;
import org.pensionbot.telegram.ConversationListener;

/**
 * Counts replies by action and records the deciding entry's confidence, then passes every call
 * on to the listener it wraps (the event log). Only the action and a number leave here: never
 * text or ids. Thread-safe.
 */
public final class AnswerMeters implements ConversationListener {

    static final String ANSWERS = "pensionbot.answers";
    static final String CONFIDENCE = "pensionbot.answer.confidence";

    private final MeterRegistry registry;
    private final DistributionSummary confidence;
    private final ConversationListener next;

    public AnswerMeters(MeterRegistry registry, ConversationListener next) {
        this.registry = registry;
        this.next = next;
        // Fixed buckets around the decision thresholds (0.35 clarify floor, 0.45 answer).
        this.confidence = DistributionSummary.builder(CONFIDENCE)
                .description("Confidence of the entry each reply was about")
                .serviceLevelObjectives(0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
                .register(registry);
    }

    @Override
    public void onReply(long chatId, long userId, Reply reply) {
        Counter.builder(ANSWERS).tag("action", reply.action().wireName()).description("Replies by decision")
                .register(registry).increment();
        if (reply instanceof Reply.Answer answer) {
            confidence.record(answer.confidence());
        } else if (!reply.candidates().isEmpty()) {
            confidence.record(reply.bestConfidence());
        }
        next.onReply(chatId, userId, reply);
    }

    @Override
    public void onFeedback(long chatId, long userId, String entryId, boolean helpful) {
        next.onFeedback(chatId, userId, entryId, helpful);
    }
}
