package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pensionbot.remind.Recipient;
import org.pensionbot.remind.Reminder;
import org.pensionbot.remind.ReminderStore;

/**
 * A database written by the release before Flyway (its own {@code schema_version} table) opens
 * with this build, is upgraded in place, and keeps every row, its pseudonym key and its reminders.
 */
class ReleaseUpgradeTest {

    private static final String RELEASE_DB = "/org/pensionbot/store/release-db/pension-bot-0.1.0.db";
    private static final long FIXTURE_CHAT = 4242L;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theReleaseSqliteFileUpgradesInPlaceKeepingItsRows() throws Exception {
        String url = "jdbc:sqlite:" + copyOfReleaseDatabase();
        try (Storage storage = Storage.open(url, 180, Optional.empty(), CLOCK)) {
            Database database = storage.database();
            assertThat(MigrationTest.column(database, "SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
                    .containsExactly("2", "3", "4", "5");
            assertThat(MigrationTest.column(database, "SELECT question FROM question_event ORDER BY occurred_at"))
                    .containsExactly("支付宝怎么认证", "养老金能领多少", "帮我妈认证");
            assertThat(MigrationTest.column(database, "SELECT entry_id FROM feedback")).containsExactly("alipay-self");

            List<Reminder> reminders = new ReminderStore(database, CLOCK).list(FIXTURE_CHAT);
            assertThat(reminders).extracting(r -> r.recipient().label()).containsExactly(Recipient.SELF_LABEL, "妈妈");
            assertThat(reminders.get(0).lastCertified()).isEqualTo(YearMonth.of(2026, 3));

            // The generated key survived: the same chat gets the same pseudonym as before the upgrade.
            storage.recorder().recordFeedback(FIXTURE_CHAT, "for-others", false);
            assertThat(MigrationTest.column(database, "SELECT DISTINCT chat_hash FROM feedback")).hasSize(1);
            assertThat(tables(database)).doesNotContain(SchemaMigrations.LEGACY_TABLE);
        }
    }

    @Test
    void openingTheUpgradedFileAgainAppliesNothing() throws Exception {
        String url = "jdbc:sqlite:" + copyOfReleaseDatabase();
        Storage.open(url, 180, Optional.empty(), CLOCK).close();
        try (Storage storage = Storage.open(url, 180, Optional.empty(), CLOCK)) {
            assertThat(MigrationTest.column(storage.database(), "SELECT COUNT(*) FROM flyway_schema_history")).containsExactly("4");
            assertThat(MigrationTest.column(storage.database(), "SELECT COUNT(*) FROM question_event")).containsExactly("3");
        }
    }

    @Test
    void aPostgresSchemaFromTheReleaseUpgradesInPlace() throws Exception {
        TestPostgres.assumeReachable();
        String schema = TestPostgres.createSchema("pension_bot_release_");
        try {
            String url = TestPostgres.urlFor(schema);
            // What the release left on PostgreSQL: the tables of V1 and V2, and its own version table.
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                    .target("2").load().migrate();
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP TABLE flyway_schema_history");
                s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL,"
                        + " applied_at BIGINT NOT NULL)");
                s.execute("INSERT INTO schema_version VALUES (1, 'events', 0), (2, 'reminders', 0)");
                s.execute("INSERT INTO question_event VALUES (1795000000000, 'aa11', '支付宝怎么认证', 'answer', 'alipay-self', 0.91)");
            }
            try (Database database = Database.open(url)) {
                assertThat(MigrationTest.column(database, "SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
                        .containsExactly("2", "3", "4", "5");
                assertThat(MigrationTest.column(database, "SELECT question FROM question_event")).containsExactly("支付宝怎么认证");
                assertThat(MigrationTest.column(database, "SELECT COUNT(*) FROM telegram_update")).containsExactly("0");
            }
        } finally {
            TestPostgres.dropSchema(schema);
        }
    }

    private Path copyOfReleaseDatabase() throws Exception {
        Path copy = dir.resolve("pension-bot.db");
        try (InputStream in = ReleaseUpgradeTest.class.getResourceAsStream(RELEASE_DB)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private static List<String> tables(Database database) throws SQLException {
        return MigrationTest.column(database, "SELECT name FROM sqlite_master WHERE type = 'table'");
    }
}
