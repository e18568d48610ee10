package org.pensionbot.telegram;

/**
 * Who the bot is, as {@code getMe} reported at start: needed to tell whether a group message
 * mentions or replies to this bot.
 *
 * @param username without the leading {@code @}
 */
public record BotIdentity(long id, String username) {

    /** {@code @username}, as users write it. */
    public String mention() {
        return "@" + username;
    }
}
