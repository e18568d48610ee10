package org.pensionbot.config;

import java.util.Map;
import java.util.Optional;

/**
 * Where the process's one HTTP server listens — health checks, metrics and the Telegram
 * webhook (and the web chat page) share it. Read from the environment like {@link BotConfig}; a
 * bad value fails at start-up with one line naming the variable.
 *
 * @param host the address to listen on ({@code HTTP_HOST}, default {@value #DEFAULT_HOST}: only
 *     this machine; {@code 0.0.0.0} in a container or behind a reverse proxy on another host)
 * @param port the port ({@code HTTP_PORT}; 0 picks a free one)
 */
public record HttpConfig(String host, int port) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The port when the webhook needs a server and {@code HTTP_PORT} is not set. */
    public static final int DEFAULT_PORT = 8080;

    public HttpConfig {
        if (host == null || host.isBlank()) {
            throw new ConfigException("HTTP_HOST must be an address to listen on, such as 127.0.0.1 or 0.0.0.0");
        }
        if (port < 0 || port > 65_535) {
            throw new ConfigException("HTTP_PORT must be a port number from 1 to 65535 (was " + port + ")");
        }
    }

    /**
     * The server to start: when {@code HTTP_PORT} is set, or when {@code needed} (webhook mode)
     * with the default port; empty otherwise, and the bot serves no HTTP at all.
     */
    public static Optional<HttpConfig> fromEnvironment(Map<String, String> env, boolean needed) {
        Optional<String> port = nonBlank(env.get("HTTP_PORT"));
        if (port.isEmpty() && !needed) {
            return Optional.empty();
        }
        return Optional.of(new HttpConfig(nonBlank(env.get("HTTP_HOST")).orElse(DEFAULT_HOST),
                port.map(HttpConfig::number).orElse(DEFAULT_PORT)));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("HTTP_PORT must be a whole number (was " + value + ")");
        }
    }
}
