package org.pensionbot.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The relational database named by {@code DATABASE_URL}: an SQLite file by default, or a
 * PostgreSQL server. Opening it creates the SQLite file and its folder when missing and brings the
 * schema up to date ({@link SchemaMigrations}, Flyway); a database that cannot be opened fails here with one
 * {@link StoreException} line, so the bot never starts half-connected.
 *
 * <p>Thread-safe. Code that needs SQL passes a {@link Work} to {@link #call}:
 * <pre>{@code
 * long rows = database.call(c -> { try (var s = c.createStatement(); var r = s.executeQuery(sql)) { ... } });
 * }</pre>
 * The connection is lent for the duration of the call only; do not keep it. Calls are served one
 * at a time on one connection, so a long report query delays writes by as long as it runs. When a
 * PostgreSQL server goes away, calls fail until it is back; the connection is reopened by the next
 * call, attempted at most every {@code 30} seconds.
 */
public final class Database implements AutoCloseable {

    /** How long SQLite waits for another process's write lock (e.g. a running {@code report}) before failing. */
    public static final int SQLITE_BUSY_TIMEOUT_MILLIS = 5_000;

    /** How long a PostgreSQL connect or query may take before it fails, unless the URL sets its own. */
    public static final int POSTGRES_TIMEOUT_SECONDS = 10;

    /** How long a readiness {@link #ping()} waits for the database. */
    public static final int PING_TIMEOUT_SECONDS = 2;

    /** How long to fail fast after a failed attempt to reconnect. */
    static final Duration RECONNECT_PAUSE = Duration.ofSeconds(30);

    /** Classpath folder of the versioned schema migrations. */
    public static final String MIGRATION_LOCATION = "db/migration";

    /** SQL run with a borrowed connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final String url;
    private final Dialect dialect;
    // One connection for everything, lent out under a lock. The bot writes a few rows a second at
    // most and each write takes a millisecond, so a pool (one more dependency) would buy nothing.
    // SQLite admits one writer at a time anyway: more connections would only make our own threads
    // wait on each other's file locks (SQLITE_BUSY); one connection also keeps ":memory:"
    // databases alive. A PostgreSQL connection costs a server process and tens of milliseconds to
    // open, so it is kept too, and reopened when the driver has closed it after a network error.
    private Connection connection;
    private final Object lock = new Object();
    private boolean closed;
    private long nextReconnectNanos = System.nanoTime();

    private Database(String url, Dialect dialect, Connection connection) {
        this.url = url;
        this.dialect = dialect;
        this.connection = connection;
    }

    /** Opens (creating if needed) the database and applies pending migrations. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, MIGRATION_LOCATION);
    }

    /**
     * Like {@link #open(String)}, but an SQLite file that does not exist yet is an error instead of
     * being created: for read-only tools, where a mistyped path should not leave an empty database.
     */
    public static Database openExisting(String jdbcUrl) {
        Optional<Path> file = sqliteFile(jdbcUrl);
        if (file.isPresent() && !Files.exists(file.get())) {
            throw new StoreException("No database at " + file.get().toAbsolutePath()
                    + " (" + displayUrl(jdbcUrl) + "); start the bot once to create it, or pass the right DATABASE_URL");
        }
        return open(jdbcUrl);
    }

    static Database open(String jdbcUrl, String migrationLocation) {
        Dialect dialect = Dialect.of(jdbcUrl);
        Database database = null;
        try {
            if (dialect == Dialect.SQLITE) {
                createParentFolder(jdbcUrl);
            }
            database = new Database(jdbcUrl, dialect, connect(jdbcUrl, dialect));
            SchemaMigrations.migrate(database, migrationSource(database), migrationLocation);
            return database;
        } catch (SQLException e) {
            closeQuietly(database);
            throw new StoreException("Cannot open database " + displayUrl(jdbcUrl) + ": " + oneLine(e.getMessage()), e);
        } catch (StoreException e) {
            closeQuietly(database);
            throw e;
        }
    }

    private static DataSource migrationSource(Database database) {
        return database.dialect == Dialect.SQLITE
                ? LentConnection.lending(database.connection)
                : LentConnection.connecting(() -> connect(database.url, database.dialect));
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL with any password replaced by {@code ***}: safe for logs and error messages. */
    public String displayUrl() {
        return displayUrl(url);
    }

    /**
     * Runs {@code work} with the connection, in auto-commit mode, and returns its result. A
     * connection the driver closed after a network error is replaced first. Fails with an
     * {@link SQLException} once the database is closed.
     */
    public <T> T call(Work<T> work) throws SQLException {
        synchronized (lock) {
            if (closed) {
                throw new SQLException("database " + displayUrl() + " is closed");
            }
            if (connection.isClosed()) {
                reconnect();
            }
            return work.apply(connection);
        }
    }

    /**
     * After a failed attempt, calls fail at once for a while instead of each waiting out a connect
     * timeout: with the server down, questions are still answered without delay.
     */
    private void reconnect() throws SQLException {
        long now = System.nanoTime();
        if (now - nextReconnectNanos < 0) {
            throw new SQLException("database " + displayUrl() + " is unreachable; next connection attempt within "
                    + RECONNECT_PAUSE.toSeconds() + " s");
        }
        try {
            connection = connect(url, dialect);
        } catch (SQLException e) {
            nextReconnectNanos = now + RECONNECT_PAUSE.toNanos();
            throw e;
        }
    }

    /**
     * True when the database answers within {@value #PING_TIMEOUT_SECONDS} s: for readiness checks.
     * A PostgreSQL connection the server dropped is reopened first (subject to the reconnect pause).
     */
    public boolean ping() {
        try {
            return call(c -> c.isValid(PING_TIMEOUT_SECONDS));
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) throws SQLException {
        return call(connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** Closes the connection; for SQLite this also folds the write-ahead log into the file. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                connection.close();
            } catch (SQLException e) {
                // Nothing left to save: every write was committed when it was made.
            }
        }
    }

    private static Connection connect(String url, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            Connection connection = DriverManager.getConnection(url);
            try {
                configureSqlite(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        }
        // Defaults that the URL may override: a server that stops answering must not hold the
        // lock (and with it every thread recording a question) for ever.
        Properties defaults = new Properties();
        defaults.setProperty("connectTimeout", Integer.toString(POSTGRES_TIMEOUT_SECONDS));
        defaults.setProperty("socketTimeout", Integer.toString(POSTGRES_TIMEOUT_SECONDS));
        defaults.setProperty("ApplicationName", "pension-bot");
        return DriverManager.getConnection(url, defaults);
    }

    private static void configureSqlite(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Wait for another process's lock instead of failing at once; set first so that the
            // switch to WAL below waits too.
            statement.execute("PRAGMA busy_timeout = " + SQLITE_BUSY_TIMEOUT_MILLIS);
            // Write-ahead logging: a report reading the file never blocks the bot writing it.
            statement.execute("PRAGMA journal_mode = WAL");
            // With WAL, NORMAL still survives an application crash; only a power cut may lose the
            // last events, which is acceptable for statistics and much faster than FULL.
            statement.execute("PRAGMA synchronous = NORMAL");
        }
    }

    /**
     * The file of an SQLite URL ({@code jdbc:sqlite:data/bot.db}, {@code jdbc:sqlite:file:/abs/bot.db?mode=rw});
     * empty for in-memory databases and for PostgreSQL.
     */
    static Optional<Path> sqliteFile(String jdbcUrl) {
        if (!jdbcUrl.startsWith(Dialect.SQLITE.urlPrefix())) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring(Dialect.SQLITE.urlPrefix().length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith(":resource:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path));
    }

    private static void createParentFolder(String jdbcUrl) {
        Optional<Path> parent = sqliteFile(jdbcUrl).map(Path::toAbsolutePath).map(Path::getParent);
        if (parent.isEmpty() || Files.isDirectory(parent.get())) {
            return;
        }
        try {
            Files.createDirectories(parent.get());
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("Cannot open database " + displayUrl(jdbcUrl) + ": "
                    + e.getFile() + " is a file, but the database folder must go there");
        } catch (AccessDeniedException e) {
            throw new StoreException("Cannot open database " + displayUrl(jdbcUrl) + ": no permission to create folder " + e.getFile());
        } catch (IOException e) {
            throw new StoreException("Cannot open database " + displayUrl(jdbcUrl) + ": cannot create folder "
                    + parent.get() + " (" + e + ")", e);
        }
    }

    static String displayUrl(String jdbcUrl) {
        return jdbcUrl
                .replaceAll("(?i)(password=)[^&;]*", "$1***")
                .replaceAll("(//[^/:@]+:)[^/@]*@", "$1***@");
    }

    /** Driver messages (PostgreSQL's especially) may span lines; the start-up error must be one. */
    public static String oneLine(String message) {
        return message == null ? "unknown error" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static void closeQuietly(Database database) {
        if (database != null) {
            database.close();
        }
    }
}
