package org.pensionbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings come from the environment with named defaults; a bad value fails with one clear line. */
class BotConfigTest {

    private static final BotConfig DEFAULTS = BotConfig.fromEnvironment(Map.of());

    @Test
    void corpusDefaultsToTheFaqCorpusFolder() {
        assertThat(DEFAULTS.corpusDir()).isEqualTo(Path.of("faq-corpus"));
    }

    @Test
    void withoutATokenThereIsNoTelegram() {
        assertThat(DEFAULTS.telegramToken()).isEmpty();
    }

    @Test
    void telegramApiDefaultsToTheOfficialServer() {
        assertThat(DEFAULTS.telegramApiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
    }

    @Test
    void nobodyIsAdminByDefault() {
        assertThat(DEFAULTS.adminIds()).isEmpty();
    }

    @Test
    void databaseDefaultsToEmbeddedSqlite() {
        assertThat(DEFAULTS.databaseUrl()).isEqualTo("jdbc:sqlite:data/pension-bot.db");
    }

    @Test
    void retentionDefaultsTo180Days() {
        assertThat(DEFAULTS.retentionDays()).isEqualTo(180);
    }

    @Test
    void blankValuesTakeTheDefaults() {
        assertThat(BotConfig.fromEnvironment(Map.of("RETENTION_DAYS", "  ", "ADMIN_IDS", "", "TELEGRAM_BOT_TOKEN", " ")))
                .isEqualTo(DEFAULTS);
    }

    @Test
    void corpusFolderIsReadFromTheEnvironment() {
        assertThat(BotConfig.fromEnvironment(Map.of("FAQ_CORPUS_DIR", "/srv/corpus")).corpusDir()).isEqualTo(Path.of("/srv/corpus"));
    }

    @Test
    void adminIdsAreCommaSeparatedWithSpacesAllowed() {
        assertThat(BotConfig.fromEnvironment(Map.of("ADMIN_IDS", "12345, 67890,")).adminIds()).containsExactlyInAnyOrder(12345L, 67890L);
    }

    @Test
    void retentionDaysAreReadFromTheEnvironment() {
        assertThat(BotConfig.fromEnvironment(Map.of("RETENTION_DAYS", "30")).retentionDays()).isEqualTo(30);
    }

    @Test
    void trailingSlashOfTheApiUrlIsDropped() {
        assertThat(BotConfig.fromEnvironment(Map.of("TELEGRAM_API_URL", "http://localhost:8081/")).telegramApiUrl())
                .isEqualTo(URI.create("http://localhost:8081"));
    }

    @Test
    void tokenIsTrimmed() {
        assertThat(BotConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", " 123:abc ")).telegramToken()).contains("123:abc");
    }

    @Test
    void retentionDaysThatAreNotANumberFailWithOneLine() {
        assertThatThrownBy(() -> BotConfig.fromEnvironment(Map.of("RETENTION_DAYS", "half a year")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("RETENTION_DAYS must be a whole number of days (was half a year)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5"})
    void retentionDaysBelowOneFailWithOneLine(String days) {
        assertThatThrownBy(() -> BotConfig.fromEnvironment(Map.of("RETENTION_DAYS", days)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("RETENTION_DAYS must be a whole number of days, at least 1 (was " + days + ")");
    }

    @Test
    void adminIdThatIsNotANumberFailsNamingIt() {
        assertThatThrownBy(() -> BotConfig.fromEnvironment(Map.of("ADMIN_IDS", "12345,@alice")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("ADMIN_IDS must be comma-separated Telegram user ids such as 12345,67890 (bad value: @alice)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.telegram.org", "ftp://api.telegram.org", "https://", "http://bad host", "not a url"})
    void apiUrlThatIsNotHttpFailsWithOneLine(String url) {
        assertThatThrownBy(() -> BotConfig.fromEnvironment(Map.of("TELEGRAM_API_URL", url)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("TELEGRAM_API_URL must be an http(s) URL such as https://api.telegram.org (was " + url + ")");
    }

    @Test
    void unknownDatabaseFailsWithOneLine() {
        assertThatThrownBy(() -> BotConfig.fromEnvironment(Map.of("DATABASE_URL", "jdbc:mysql://db/bot")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("DATABASE_URL must start with jdbc:sqlite: or jdbc:postgresql: (was jdbc:mysql://db/bot)");
    }

    @Test
    void isAdminChecksTheConfiguredIds() {
        assertThat(BotConfig.fromEnvironment(Map.of("ADMIN_IDS", "42")).isAdmin(42)).isTrue();
    }

    @Test
    void otherCorpusFolderKeepsEveryOtherSetting() {
        BotConfig config = BotConfig.fromEnvironment(Map.of("ADMIN_IDS", "42", "RETENTION_DAYS", "30"));

        assertThat(config.withCorpusDir(Path.of("other"))).isEqualTo(
                new BotConfig(Path.of("other"), config.telegramToken(), config.telegramApiUrl(), config.adminIds(),
                        config.databaseUrl(), config.retentionDays()));
    }
}
