package org.pensionbot.telegram;

import java.io.IOException;
import java.time.Duration;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Why a Telegram call failed, sorted by what to do about it.
 *
 * <p>How telegrambots reports failures (checked against the 10.x client): an answer with
 * {@code "ok": false} becomes a {@link TelegramApiRequestException} carrying Telegram's
 * {@code error_code} and {@code parameters.retry_after}; a body that is not JSON (an HTML error
 * page from a proxy) becomes one with error code 0 and an {@link IOException} cause; a network
 * failure becomes a plain {@link TelegramApiException} with the {@link IOException} as cause;
 * an invalid request is refused before sending with a {@link TelegramApiValidationException}.
 *
 * @param errorCode Telegram's {@code error_code}, or 0 when there was no answer from Telegram
 * @param retryAfter how long Telegram asked to wait (only for {@link Kind#RATE_LIMITED})
 * @param description Telegram's description or the exception text, for logs
 */
record SendFailure(Kind kind, int errorCode, Duration retryAfter, String description) {

    enum Kind {
        /** 429: wait {@code retry_after}, then try again. */
        RATE_LIMITED,
        /** 5xx, gateway pages, network errors: try again with backoff. */
        TRANSIENT,
        /** 4xx (bad request, bot blocked by the user, chat gone): trying again cannot help. */
        PERMANENT
    }

    /** The user blocked the bot or left the chat: normal, not an error. */
    static final int FORBIDDEN = 403;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    static SendFailure of(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request) {
            int code = request.getErrorCode() == null ? 0 : request.getErrorCode();
            String description = request.getMessage();
            if (code == TOO_MANY_REQUESTS) {
                Integer seconds = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                return new SendFailure(Kind.RATE_LIMITED, code, Duration.ofSeconds(seconds == null ? 1 : Math.max(seconds, 0)), description);
            }
            if (code >= SERVER_ERROR || (code == 0 && request.getCause() instanceof IOException)) {
                return new SendFailure(Kind.TRANSIENT, code, Duration.ZERO, description);
            }
            return new SendFailure(Kind.PERMANENT, code, Duration.ZERO, description);
        }
        if (e.getCause() instanceof TelegramApiValidationException) {
            return new SendFailure(Kind.PERMANENT, 0, Duration.ZERO, e.getCause().getMessage());
        }
        String cause = e.getCause() == null ? e.getMessage() : e.getCause().toString();
        return new SendFailure(Kind.TRANSIENT, 0, Duration.ZERO, cause);
    }
}
