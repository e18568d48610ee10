package org.pensionbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * All run-time settings in one validated place, read from the environment (and overridden by
 * command-line flags where a flag exists). A bad value fails at start-up with one line that says
 * which variable is wrong and what is expected.
 *
 * @param corpusDir the FAQ corpus folder ({@code FAQ_CORPUS_DIR}, default {@code ./faq-corpus})
 * @param telegramToken the bot token ({@code TELEGRAM_BOT_TOKEN}); empty means terminal chat
 * @param telegramApiUrl Bot API base URL ({@code TELEGRAM_API_URL}), for self-hosted servers and tests
 * @param adminIds Telegram user ids allowed to use admin commands ({@code ADMIN_IDS}, comma-separated)
 * @param databaseUrl JDBC URL ({@code DATABASE_URL}, default {@code jdbc:sqlite:data/pension-bot.db})
 * @param retentionDays how long question events are kept ({@code RETENTION_DAYS}, default 180)
 */
public record BotConfig(
        Path corpusDir,
        Optional<String> telegramToken,
        URI telegramApiUrl,
        Set<Long> adminIds,
        String databaseUrl,
        int retentionDays) {

    public static final Path DEFAULT_CORPUS_DIR = Path.of("faq-corpus");
    public static final URI DEFAULT_TELEGRAM_API_URL = URI.create("https://api.telegram.org");
    public static final String DEFAULT_DATABASE_URL = "jdbc:sqlite:data/pension-bot.db";
    public static final int DEFAULT_RETENTION_DAYS = 180;

    public BotConfig {
        adminIds = Set.copyOf(adminIds);
        if (retentionDays < 1) {
            throw new ConfigException("RETENTION_DAYS must be a whole number of days, at least 1 (was " + retentionDays + ")");
        }
        if (!databaseUrl.startsWith("jdbc:sqlite:") && !databaseUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("DATABASE_URL must start with jdbc:sqlite: or jdbc:postgresql: (was " + databaseUrl + ")");
        }
    }

    /** Reads the settings from environment variables; unset ones take their defaults. */
    public static BotConfig fromEnvironment(Map<String, String> env) {
        return new BotConfig(
                Path.of(nonBlank(env.get("FAQ_CORPUS_DIR")).orElse(DEFAULT_CORPUS_DIR.toString())),
                nonBlank(env.get("TELEGRAM_BOT_TOKEN")),
                nonBlank(env.get("TELEGRAM_API_URL")).map(BotConfig::parseUrl).orElse(DEFAULT_TELEGRAM_API_URL),
                parseIds(env.get("ADMIN_IDS")),
                nonBlank(env.get("DATABASE_URL")).orElse(DEFAULT_DATABASE_URL),
                nonBlank(env.get("RETENTION_DAYS")).map(BotConfig::parseDays).orElse(DEFAULT_RETENTION_DAYS));
    }

    public static BotConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** The same settings with another corpus folder (for {@code --corpus}). */
    public BotConfig withCorpusDir(Path dir) {
        return new BotConfig(dir, telegramToken, telegramApiUrl, adminIds, databaseUrl, retentionDays);
    }

    public boolean isAdmin(long userId) {
        return adminIds.contains(userId);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static URI parseUrl(String value) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TELEGRAM_API_URL must be an http(s) URL such as https://api.telegram.org (was " + value + ")");
        }
    }

    private static Set<Long> parseIds(String value) {
        Set<Long> ids = new TreeSet<>();
        for (String part : nonBlank(value).orElse("").split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                throw new ConfigException("ADMIN_IDS must be comma-separated Telegram user ids such as 12345,67890 (bad value: " + part.trim() + ")");
            }
        }
        return ids;
    }

    private static int parseDays(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("RETENTION_DAYS must be a whole number of days (was " + value + ")");
        }
    }
}
