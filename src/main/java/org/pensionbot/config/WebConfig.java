package org.pensionbot.config;

import java.util.Map;
import java.util.Optional;

/**
 * Settings of the web chat page, read from the environment like {@link BotConfig}; a bad value
 * fails at start-up with one line naming the variable. Kept beside {@code BotConfig} rather than
 * inside it so that a deployment without the page carries none of them.
 *
 * @param host the address to listen on ({@code WEB_HOST}, default {@value #DEFAULT_HOST}: only
 *     this machine, for a reverse proxy in front; {@code 0.0.0.0} in a container)
 * @param port the port ({@code WEB_PORT}, default {@value #DEFAULT_PORT}; 0 picks a free one)
 * @param trustProxy whether the client's address is the last {@code X-Forwarded-For} entry
 *     ({@code WEB_TRUST_PROXY=true}): set it only behind a reverse proxy that appends that header,
 *     or clients could choose their own rate-limit bucket
 * @param messagesPerMinute messages one client may send per minute before being asked to wait
 *     ({@code WEB_MESSAGES_PER_MINUTE}, default {@value #DEFAULT_MESSAGES_PER_MINUTE})
 */
public record WebConfig(String host, int port, boolean trustProxy, int messagesPerMinute) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** A person types a message every few seconds at most; 30 a minute leaves room for fast tapping. */
    public static final int DEFAULT_MESSAGES_PER_MINUTE = 30;

    public WebConfig {
        if (host == null || host.isBlank()) {
            throw new ConfigException("WEB_HOST must be an address to listen on, such as 127.0.0.1 or 0.0.0.0");
        }
        if (port < 0 || port > 65_535) {
            throw new ConfigException("WEB_PORT must be a port number from 1 to 65535 (was " + port + ")");
        }
        if (messagesPerMinute < 1 || messagesPerMinute > 10_000) {
            throw new ConfigException("WEB_MESSAGES_PER_MINUTE must be a whole number from 1 to 10000 (was " + messagesPerMinute + ")");
        }
    }

    /** The page beside Telegram: present only when {@code WEB_PORT} is set. */
    public static Optional<WebConfig> besideTelegram(Map<String, String> env) {
        return nonBlank(env.get("WEB_PORT")).isPresent() ? Optional.of(fromEnvironment(env)) : Optional.empty();
    }

    /** The page on its own ({@code web} command): every setting has a default. */
    public static WebConfig fromEnvironment(Map<String, String> env) {
        return new WebConfig(
                nonBlank(env.get("WEB_HOST")).orElse(DEFAULT_HOST),
                nonBlank(env.get("WEB_PORT")).map(v -> number("WEB_PORT", v)).orElse(DEFAULT_PORT),
                nonBlank(env.get("WEB_TRUST_PROXY")).map(WebConfig::flag).orElse(false),
                nonBlank(env.get("WEB_MESSAGES_PER_MINUTE")).map(v -> number("WEB_MESSAGES_PER_MINUTE", v))
                        .orElse(DEFAULT_MESSAGES_PER_MINUTE));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number (was " + value + ")");
        }
    }

    private static boolean flag(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ConfigException("WEB_TRUST_PROXY must be true or false (was " + value + ")");
        };
    }
}
