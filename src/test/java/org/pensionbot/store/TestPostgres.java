package org.pensionbot.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server that tests may use, named by {@code TEST_POSTGRES_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=postgres}; `.ci/run`
 * starts one). Tests on it are skipped when the variable is unset or the server does not answer,
 * and each test works in a schema of its own, so runs never see each other's rows.
 */
public final class TestPostgres {

    static final String ENV = "TEST_POSTGRES_URL";
    private static final String SERVER_URL = System.getenv(ENV);

    /** Why tests cannot run here, or null when the server answers; checked once per run. */
    private static String unavailable;
    private static boolean checked;

    private TestPostgres() {
    }

    /**
     * Skips the calling test unless the server answers. Call it per test rather than in
     * {@code @BeforeAll}, so that the report lists each test as skipped.
     */
    public static synchronized void assumeReachable() {
        if (!checked) {
            checked = true;
            if (SERVER_URL == null || SERVER_URL.isBlank()) {
                unavailable = ENV + " is not set: PostgreSQL tests skipped";
            } else {
                try {
                    DriverManager.getConnection(SERVER_URL).close();
                } catch (SQLException e) {
                    unavailable = "PostgreSQL at " + Database.displayUrl(SERVER_URL) + " is not reachable: " + e.getMessage();
                }
            }
        }
        assumeTrue(unavailable == null, unavailable);
    }

    /** Creates a new schema named {@code prefix} plus a random suffix and returns its name. */
    public static String createSchema(String prefix) throws SQLException {
        String schema = prefix + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** The server's JDBC URL with {@code schema} as the search path, so unqualified table names land there. */
    public static String urlFor(String schema) {
        return SERVER_URL + (SERVER_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropSchema(String schema) throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    /** Runs one statement on the server, outside any test schema. */
    public static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER_URL); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
