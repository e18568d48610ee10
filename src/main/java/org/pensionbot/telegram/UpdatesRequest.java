package org.pensionbot.telegram;

import java.util.List;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * Builds each {@code getUpdates} call for telegrambots' poller from the last update id it
 * received, holding the offset at the oldest update not yet answered ({@link UnansweredUpdates})
 * so that Telegram keeps it until its answer is out.
 *
 * <p>Asks only for the kinds of update the bot acts on (messages and button presses), so
 * Telegram does not even send edited messages, channel posts or member changes. On the first call
 * after a start the library passes 0, giving offset 1: "every update not yet confirmed", which
 * is how updates left over from before a restart come back.
 */
final class UpdatesRequest implements Function<Integer, GetUpdates> {

    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

    private final int timeoutSeconds;
    private final int limit;
    private final UnansweredUpdates unanswered;

    UpdatesRequest(int timeoutSeconds, int limit, UnansweredUpdates unanswered) {
        this.timeoutSeconds = timeoutSeconds;
        this.limit = limit;
        this.unanswered = unanswered;
    }

    @Override
    public GetUpdates apply(Integer lastReceived) {
        int next = lastReceived + 1;
        return GetUpdates.builder()
                .offset(Math.min(next, unanswered.oldest().orElse(next)))
                .limit(limit)
                .timeout(timeoutSeconds)
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }
}
