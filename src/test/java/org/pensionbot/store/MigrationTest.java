package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versioned migrations (Flyway): found on the classpath, applied in order, once, all or nothing. */
class MigrationTest {

    private static final String FIXTURES = "org/pensionbot/store/";

    @TempDir
    Path dir;

    @Test
    void versionsApplyInNumericOrderWithTheDialectFolderAndOnlyOnce() throws Exception {
        String url = url("again.db");
        Database.open(url, FIXTURES + "migrations-ok").close();
        try (Database database = Database.open(url, FIXTURES + "migrations-ok")) {
            assertThat(column(database, "SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
                    .containsExactly("1", "2", "3", "10");
            assertThat(column(database, "SELECT COUNT(*) FROM dialect_only")).containsExactly("0");
            assertThat(column(database, "SELECT name FROM first_table")).hasSize(1);
        }
    }

    @Test
    void aStringLiteralMayHoldSemicolonsAndCommentMarks() throws Exception {
        try (Database database = Database.open(url("literal.db"), FIXTURES + "migrations-ok")) {
            assertThat(column(database, "SELECT name FROM first_table")).containsExactly("one; -- two");
        }
    }

    @Test
    void theShippedMigrationsCreateTheEventAndReminderTables() throws Exception {
        try (Database database = Database.open(url("shipped.db"))) {
            assertThat(column(database, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                    .contains("question_event", "feedback", "bot_setting", "reminder")
                    .doesNotContain(SchemaMigrations.LEGACY_TABLE);
        }
    }

    @Test
    void twoScriptsWithOneVersionAreRefused() {
        assertThatThrownBy(() -> Database.open(url("clash.db"), FIXTURES + "migrations-clash"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V1__a.sql").hasMessageContaining("V1__b.sql")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aMisnamedScriptIsRefusedRatherThanSkipped() {
        assertThatThrownBy(() -> Database.open(url("misnamed.db"), FIXTURES + "migrations-misnamed"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V2_reminders.sql")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFailingMigrationLeavesNothingHalfBuilt() throws Exception {
        String url = url("broken.db");

        assertThatThrownBy(() -> Database.open(url, FIXTURES + "migrations-broken"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot migrate " + url)
                .hasMessageContaining("V2__broken.sql")
                .hasMessageNotContaining("\n");

        try (Connection raw = DriverManager.getConnection(url);
             Statement s = raw.createStatement();
             ResultSet tables = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
             Statement s2 = raw.createStatement();
             ResultSet versions = s2.executeQuery("SELECT version FROM flyway_schema_history WHERE success")) {
            assertThat(strings(tables)).containsExactly("flyway_schema_history", "good");
            assertThat(strings(versions)).containsExactly("1");
        }
    }

    @Test
    void aDatabaseFromANewerBotIsRefused() {
        String url = url("newer.db");
        Database.open(url, FIXTURES + "migrations-ok").close();

        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("has schema version 10, newer than this pension-bot knows (5)");
    }

    private String url(String name) {
        return "jdbc:sqlite:" + dir.resolve(name);
    }

    static List<String> column(Database database, String sql) throws SQLException {
        return database.call(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                return strings(r);
            }
        });
    }

    private static List<String> strings(ResultSet rows) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
            values.add(rows.getString(1));
        }
        return values;
    }
}
