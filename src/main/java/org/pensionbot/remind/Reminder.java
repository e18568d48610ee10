package org.pensionbot.remind;

import java.time.Instant;
import java.time.YearMonth;
import org.pensionbot.remind.CertificationCycle.Stage;

/**
 * One stored reminder, as read from the database. Immutable: a change is a new read.
 *
 * @param id random positive id, unique across chats; buttons carry it
 * @param chatId the real Telegram chat to send to (never log it in full: {@link #maskedChat()})
 * @param slot 1 to {@link ReminderStore#MAX_PER_CHAT}: its place in the chat's list
 * @param recipient whom it is for
 * @param lastCertified the month the current cycle counts from
 * @param monthKnown true when the user gave that month (picked it, or pressed "我已认证" then);
 *     false when it is counted from "不记得了" or carried on after a cycle nobody confirmed
 * @param stage which of the cycle's reminders is next
 * @param nextDueAt when that reminder is due
 * @param version bumped by every change; a scheduler claims the reminder it read by this number
 * @param active false once Telegram has refused to deliver to the chat (403)
 */
public record Reminder(long id, long chatId, int slot, Recipient recipient, YearMonth lastCertified, boolean monthKnown,
                       Stage stage, Instant nextDueAt, int version, boolean active) {

    public CertificationCycle cycle() {
        return new CertificationCycle(lastCertified);
    }

    /** The chat id for logs: enough to tell chats apart in one log, not enough to contact anyone. */
    public String maskedChat() {
        return maskChat(chatId);
    }

    static String maskChat(long chatId) {
        String digits = Long.toString(Math.abs(chatId));
        return (chatId < 0 ? "-" : "") + "…" + digits.substring(Math.max(0, digits.length() - 3));
    }
}
