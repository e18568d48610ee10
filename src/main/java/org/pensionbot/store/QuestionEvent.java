package org.pensionbot.store;

import java.time.Instant;
import org.pensionbot.dialog.Action;

/**
 * One question as stored: already pseudonymised and masked.
 *
 * @param channel where it was asked: {@code telegram}, {@code web}
 * @param chatHash {@link IdHasher} pseudonym of the chat
 * @param question the text after {@code PersonalData.mask}, at most {@link EventRecorder#MAX_QUESTION_LENGTH} characters
 * @param entryId the answered entry, or for clarify and fallback the closest candidate; null when there is none
 * @param confidence that entry's confidence in [0,1]; null when there is no entry
 */
record QuestionEvent(Instant time, String channel, String chatHash, String question, Action action, String entryId, Double confidence) {
}
