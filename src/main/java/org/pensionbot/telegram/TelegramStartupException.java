package org.pensionbot.telegram;

/**
 * The bot could not start; the message is one line for the operator and {@link #exitCode()} is
 * what the process should exit with.
 */
public final class TelegramStartupException extends Exception {

    private final int exitCode;

    public TelegramStartupException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
