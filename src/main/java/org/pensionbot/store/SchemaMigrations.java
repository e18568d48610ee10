package org.pensionbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database schema up to date with Flyway: the versioned scripts in
 * {@code <location>/V<n>__<words>.sql} (portable SQL), plus those in
 * {@code <location>-sqlite/} or {@code <location>-postgresql/} for SQL that only one dialect
 * understands. Flyway records what it applied in {@code flyway_schema_history} with checksums,
 * runs each script in a transaction (SQLite and PostgreSQL both roll DDL back), parses SQL
 * properly (string literals may hold {@code ;} and {@code --}), and takes a lock — an advisory
 * lock on PostgreSQL — so that instances starting together migrate once.
 *
 * <p>Two things Flyway does not do by default, done here:
 * <ul>
 *   <li>A database written by the releases before Flyway (which kept their own
 *       {@value #LEGACY_TABLE} table) is baselined at its newest legacy version, then upgraded
 *       in place; the legacy table is dropped by a later migration.</li>
 *   <li>A database with a version this build does not know is refused, as before: it was made by
 *       a newer bot, and running old code on a newer schema could lose data.</li>
 * </ul>
 */
final class SchemaMigrations {

    /** The version table of the home-made migrator that Flyway replaced. */
    static final String LEGACY_TABLE = "schema_version";

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    /**
     * Applies the pending migrations.
     *
     * @param dataSource connections to the database; for SQLite the caller's own connection, so
     *     that in-memory databases and the busy timeout work
     * @throws StoreException with one line naming the failed script or the unknown version
     */
    static void migrate(Database database, DataSource dataSource, String location) throws SQLException {
        OptionalInt legacy = legacyVersion(database);
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location, "classpath:" + location + "-" + database.dialect().folder())
                .failOnMissingLocations(false)
                // A file called V2_reminders.sql (one underscore) would otherwise be skipped in silence.
                .validateMigrationNaming(true)
                .baselineOnMigrate(legacy.isPresent())
                .baselineVersion(Integer.toString(legacy.orElse(1)))
                .baselineDescription("home-made migrator, " + LEGACY_TABLE + " " + legacy.orElse(0))
                .load();
        try {
            refuseNewerSchema(flyway, database);
            MigrateResult result = flyway.migrate();
            result.migrations.forEach(m -> log.info("Applied database migration V{} ({})", m.version, m.description));
        } catch (FlywayException e) {
            throw new StoreException("Cannot migrate " + database.displayUrl() + ": " + Database.oneLine(e.getMessage()), e);
        }
    }

    private static void refuseNewerSchema(Flyway flyway, Database database) {
        MigrationInfo[] applied = flyway.info().applied();
        String known = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getVersion() != null)
                .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("none");
        for (MigrationInfo migration : applied) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED) {
                throw new StoreException("Database " + database.displayUrl() + " has schema version "
                        + migration.getVersion() + ", newer than this pension-bot knows (" + known
                        + "); run the newer pension-bot");
            }
        }
    }

    /**
     * The newest version in the home-made migrator's table, when the database has that table and
     * no Flyway history yet.
     */
    private static OptionalInt legacyVersion(Database database) throws SQLException {
        if (!tableExists(database, LEGACY_TABLE) || tableExists(database, "flyway_schema_history")) {
            return OptionalInt.empty();
        }
        return database.call(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM " + LEGACY_TABLE)) {
                return r.next() && r.getObject(1) != null ? OptionalInt.of(r.getInt(1)) : OptionalInt.empty();
            }
        });
    }

    private static boolean tableExists(Database database, String table) throws SQLException {
        return database.call(c -> {
            try (ResultSet tables = c.getMetaData().getTables(null, schemaOf(c), table, new String[] {"TABLE"})) {
                return tables.next();
            }
        });
    }

    private static String schemaOf(Connection c) throws SQLException {
        // SQLite has no schemas (null matches any); PostgreSQL's is the URL's currentSchema or public.
        return c.getSchema();
    }
}
