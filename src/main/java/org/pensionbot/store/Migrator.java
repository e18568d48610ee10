package org.pensionbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database schema up to date: applies, lowest version first, every migration not yet
 * recorded in {@code schema_version}. Running it again applies nothing (idempotent). Versions need
 * not be consecutive, and one that appears below the newest applied version is still applied.
 * A database whose newest version is unknown to this build is refused: it was made by a newer bot.
 *
 * <p>Each migration runs in its own transaction together with its {@code schema_version} row —
 * both SQLite and PostgreSQL roll DDL back — so a failed migration leaves no half-built schema.
 * The row is inserted first: when two processes start on a fresh database at once, the second
 * waits on that row's key, then finds the version taken and skips it.
 */
final class Migrator {

    private static final Logger log = LoggerFactory.getLogger(Migrator.class);

    private static final String CREATE_VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER      PRIMARY KEY,
                description VARCHAR(200) NOT NULL,
                applied_at  BIGINT       NOT NULL
            )""";

    private Migrator() {
    }

    static void migrate(Database database, List<MigrationScript> scripts) throws SQLException {
        database.call(c -> execute(c, CREATE_VERSION_TABLE));
        NavigableSet<Integer> applied = appliedVersions(database);
        int known = scripts.get(scripts.size() - 1).version();
        int newest = applied.isEmpty() ? 0 : applied.last();
        if (newest > known) {
            throw new StoreException("Database " + database.displayUrl() + " has schema version " + newest
                    + ", newer than this pension-bot knows (" + known + "); run the newer pension-bot");
        }
        for (MigrationScript script : scripts) {
            if (!applied.contains(script.version())) {
                apply(database, script);
            }
        }
    }

    private static void apply(Database database, MigrationScript script) throws SQLException {
        try {
            database.transaction(c -> {
                claim(c, script);
                for (String statement : script.statements()) {
                    execute(c, statement);
                }
                return null;
            });
            log.info("Applied database migration V{} ({})", script.version(), script.description());
        } catch (SQLException e) {
            // A key clash on the claim means another process applied this version meanwhile.
            if (appliedVersions(database).contains(script.version())) {
                return;
            }
            throw new StoreException("Cannot apply migration " + script.resource() + " to " + database.displayUrl()
                    + ": " + Database.oneLine(e.getMessage()), e);
        }
    }

    private static void claim(Connection c, MigrationScript script) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, script.version());
            insert.setString(2, script.description());
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }

    private static NavigableSet<Integer> appliedVersions(Database database) throws SQLException {
        return database.call(c -> {
            NavigableSet<Integer> versions = new TreeSet<>();
            try (Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT version FROM schema_version")) {
                while (rows.next()) {
                    versions.add(rows.getInt(1));
                }
            }
            return versions;
        });
    }

    private static Void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }
}
