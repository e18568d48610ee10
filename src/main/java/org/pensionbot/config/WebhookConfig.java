package org.pensionbot.config;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook mode, read from the environment: present when {@code TELEGRAM_WEBHOOK_URL} is set,
 * otherwise the bot long-polls (the default).
 *
 * @param url the public https URL Telegram posts updates to, as the reverse proxy serves it
 *     ({@code TELEGRAM_WEBHOOK_URL}, e.g. {@code https://bot.example.org/telegram/webhook}); the
 *     bot serves its path on {@code HTTP_PORT}
 * @param secret {@code TELEGRAM_WEBHOOK_SECRET}; empty to derive one from the token, which suits
 *     several instances as well since they share the token
 */
public record WebhookConfig(URI url, Optional<String> secret) {

    /** Telegram's limit on messages per second for one bot, over all its instances. */
    public static final int TELEGRAM_MESSAGES_PER_SECOND = 30;

    /**
     * This instance's share of Telegram's {@value #TELEGRAM_MESSAGES_PER_SECOND} messages per
     * second ({@code TELEGRAM_MESSAGES_PER_SECOND}): the limit is per bot, and each instance paces
     * only what it sends itself, so with N instances set 30/N.
     */
    public static int messagesPerSecond(Map<String, String> env) {
        String value = env.get("TELEGRAM_MESSAGES_PER_SECOND");
        if (value == null || value.isBlank()) {
            return TELEGRAM_MESSAGES_PER_SECOND;
        }
        try {
            int rate = Integer.parseInt(value.strip());
            if (rate >= 1 && rate <= TELEGRAM_MESSAGES_PER_SECOND) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("TELEGRAM_MESSAGES_PER_SECOND must be a whole number from 1 to "
                + TELEGRAM_MESSAGES_PER_SECOND + ": this instance's share of Telegram's limit (was " + value + ")");
    }

    public static Optional<WebhookConfig> fromEnvironment(Map<String, String> env) {
        String url = env.get("TELEGRAM_WEBHOOK_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String secret = env.get("TELEGRAM_WEBHOOK_SECRET");
        return Optional.of(new WebhookConfig(parse(url.strip()),
                secret == null || secret.isBlank() ? Optional.empty() : Optional.of(secret.strip())));
    }

    private static URI parse(String value) {
        try {
            URI uri = URI.create(value);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null && uri.getRawQuery() == null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ConfigException("TELEGRAM_WEBHOOK_URL must be the public https URL Telegram calls, such as"
                + " https://bot.example.org/telegram/webhook (was " + value + ")");
    }
}
