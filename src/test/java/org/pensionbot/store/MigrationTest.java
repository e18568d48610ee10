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

/** Versioned migrations: found on the classpath, applied in order, once, all or nothing. */
class MigrationTest {

    private static final String FIXTURES = "org/pensionbot/store/";

    @TempDir
    Path dir;

    @Test
    void scriptsSortByVersionNumberAndADialectFolderReplacesAVersion() {
        List<MigrationScript> sqlite = MigrationScripts.load(FIXTURES + "migrations-ok", Dialect.SQLITE);
        List<MigrationScript> postgres = MigrationScripts.load(FIXTURES + "migrations-ok", Dialect.POSTGRESQL);

        assertThat(sqlite).extracting(MigrationScript::version).containsExactly(1, 2, 10);
        assertThat(sqlite.get(1).resource()).isEqualTo(FIXTURES + "migrations-ok/V2__second.sql");
        assertThat(postgres.get(1).resource()).isEqualTo(FIXTURES + "migrations-ok/postgresql/V2__second.sql");
    }

    @Test
    void commentsAreDroppedAndStatementsSplitAtSemicolons() {
        MigrationScript first = MigrationScripts.load(FIXTURES + "migrations-ok", Dialect.SQLITE).get(0);

        assertThat(first.description()).isEqualTo("first");
        assertThat(first.statements()).containsExactly(
                "CREATE TABLE first_table (name VARCHAR(10))",
                "INSERT INTO first_table (name) VALUES ('one')");
    }

    @Test
    void theShippedMigrationsStartWithTheEventTables() {
        for (Dialect dialect : Dialect.values()) {
            MigrationScript first = MigrationScripts.load(Database.MIGRATION_LOCATION, dialect).get(0);
            assertThat(first.version()).isEqualTo(1);
            assertThat(first.statements()).anySatisfy(s -> assertThat(s).startsWith("CREATE TABLE question_event"));
        }
    }

    @Test
    void twoScriptsWithOneVersionAreRefused() {
        assertThatThrownBy(() -> MigrationScripts.load(FIXTURES + "migrations-clash", Dialect.SQLITE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V1__a.sql").hasMessageContaining("V1__b.sql").hasMessageContaining("same version 1");
    }

    @Test
    void aMisnamedScriptIsRefusedRatherThanSkipped() {
        assertThatThrownBy(() -> MigrationScripts.load(FIXTURES + "migrations-misnamed", Dialect.SQLITE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V2_reminders.sql is misnamed");
    }

    @Test
    void openingAgainAppliesNothingTwice() throws Exception {
        String url = url("again.db");
        Database.open(url, FIXTURES + "migrations-ok").close();
        try (Database database = Database.open(url, FIXTURES + "migrations-ok")) {
            assertThat(column(database, "SELECT version FROM schema_version ORDER BY version")).containsExactly("1", "2", "10");
            assertThat(column(database, "SELECT name FROM first_table")).containsExactly("one");
        }
    }

    @Test
    void aFailingMigrationLeavesNothingHalfBuilt() throws Exception {
        String url = url("broken.db");

        assertThatThrownBy(() -> Database.open(url, FIXTURES + "migrations-broken"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot apply migration " + FIXTURES + "migrations-broken/V2__broken.sql to " + url)
                .hasMessageNotContaining("\n");

        try (Connection raw = DriverManager.getConnection(url);
             Statement s = raw.createStatement();
             ResultSet tables = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
             Statement s2 = raw.createStatement();
             ResultSet versions = s2.executeQuery("SELECT version FROM schema_version")) {
            assertThat(strings(tables)).containsExactly("good", "schema_version");
            assertThat(strings(versions)).containsExactly("1");
        }
    }

    @Test
    void aDatabaseFromANewerBotIsRefused() {
        String url = url("newer.db");
        Database.open(url, FIXTURES + "migrations-ok").close();

        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("has schema version 10, newer than this pension-bot knows (3)");
    }

    private String url(String name) {
        return "jdbc:sqlite:" + dir.resolve(name);
    }

    private static List<String> column(Database database, String sql) throws SQLException {
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
