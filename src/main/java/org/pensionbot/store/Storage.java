package org.pensionbot.store;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.pensionbot.config.BotConfig;

/**
 * Everything the bot keeps between runs, opened in one step at start-up:
 * <pre>{@code
 * try (Storage storage = Storage.open(config)) {   // StoreException: one line, then exit
 *     storage.retention().startDaily();
 *     EventRecorder recorder = storage.recorder();  // for the channels
 *     Reports reports = storage.reports();          // for /stats, /unanswered
 *     ...
 * }
 * }</pre>
 *
 * <p>Opening creates the database if needed, applies the schema migrations, and loads (or on first
 * start generates) the key that pseudonymises chat ids. Thread-safe; close it once at shutdown.
 */
public final class Storage implements AutoCloseable {

    /** Environment variable with the operator's own key for hashing chat ids (at least 16 characters). */
    public static final String ID_HASH_KEY_ENV = InstallationKey.ENV;

    private final Database database;
    private final EventRecorder recorder;
    private final Reports reports;
    private final RetentionJob retention;

    private Storage(Database database, EventRecorder recorder, Reports reports, RetentionJob retention) {
        this.database = database;
        this.recorder = recorder;
        this.reports = reports;
        this.retention = retention;
    }

    /**
     * Opens {@code DATABASE_URL} with {@code RETENTION_DAYS} from the configuration and the
     * {@value #ID_HASH_KEY_ENV} environment variable, if set.
     */
    public static Storage open(BotConfig config) {
        String key = System.getenv(ID_HASH_KEY_ENV);
        return open(config.databaseUrl(), config.retentionDays(),
                key == null || key.isBlank() ? Optional.empty() : Optional.of(key.strip()), Clock.systemUTC());
    }

    /**
     * Opens the database at {@code jdbcUrl}.
     *
     * @param idHashKey the operator's key for pseudonymising chat ids; empty to use the generated one
     * @param clock the time stamped on events and used by retention and reports
     * @throws StoreException when the database cannot be opened or migrated
     * @throws org.pensionbot.config.ConfigException when {@code idHashKey} is too short
     */
    public static Storage open(String jdbcUrl, int retentionDays, Optional<String> idHashKey, Clock clock) {
        Database database = Database.open(jdbcUrl);
        try {
            IdHasher hasher = new IdHasher(InstallationKey.resolve(database, idHashKey));
            return new Storage(database,
                    new EventRecorder(new EventLog(database), hasher, clock),
                    new Reports(database, clock),
                    new RetentionJob(database, retentionDays, clock));
        } catch (SQLException e) {
            database.close();
            throw new StoreException("Cannot read the installation key from " + database.displayUrl() + ": "
                    + Database.oneLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Records questions and feedback; never throws. */
    public EventRecorder recorder() {
        return recorder;
    }

    public Reports reports() {
        return reports;
    }

    /** Deletes old events; call {@link RetentionJob#startDaily()} once the bot runs. */
    public RetentionJob retention() {
        return retention;
    }

    /** The database itself, for other stores that keep their tables here (add a migration for them). */
    public Database database() {
        return database;
    }

    /** Stops the retention job and closes the database. Idempotent. */
    @Override
    public void close() {
        retention.close();
        database.close();
    }
}
