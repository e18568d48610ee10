package org.pensionbot.telegram;

/**
 * Telegram ids as the logs show them: {@code …123} (groups {@code -…123}). A chat or user id
 * identifies a person and lets anyone who reads the log contact them; its last three digits are
 * enough to follow one conversation through a log, not to reach anyone. The same form as the
 * reminders' logs, so one chat reads the same in both.
 *
 * <p>Every log line of this package that names a chat or a user, at any level, goes through here.
 * Stateless and thread-safe.
 */
public final class LogIds {

    private static final int SHOWN_DIGITS = 3;

    private LogIds() {
    }

    /** A chat id for a log line. */
    public static String chat(long chatId) {
        String digits = Long.toString(chatId).replace("-", "");
        return (chatId < 0 ? "-" : "") + "…" + digits.substring(Math.max(0, digits.length() - SHOWN_DIGITS));
    }

    /** A user id for a log line (in a private chat it is the chat id, so it is masked alike). */
    public static String user(long userId) {
        return chat(userId);
    }
}
