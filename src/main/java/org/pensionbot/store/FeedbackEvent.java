package org.pensionbot.store;

import java.time.Instant;

/** A 👍 ({@code helpful}) or 👎 on an answer, as stored: the chat already pseudonymised. */
record FeedbackEvent(Instant time, String channel, String chatHash, String entryId, boolean helpful) {
}
