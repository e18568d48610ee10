package org.pensionbot.remind;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The reminder table on PostgreSQL, named by {@code TEST_POSTGRES_URL} like the store's own
 * PostgreSQL tests (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}).
 * Skipped when the variable is unset or the server does not answer; each test gets its own schema.
 */
class PostgresReminderStoreTest extends ReminderStoreContract {

    private static final String SERVER_URL = System.getenv("TEST_POSTGRES_URL");
    private static String unavailable;
    private static boolean checked;

    private String schema;

    private static synchronized void assumeServerReachable() {
        if (!checked) {
            checked = true;
            if (SERVER_URL == null || SERVER_URL.isBlank()) {
                unavailable = "TEST_POSTGRES_URL is not set: PostgreSQL tests skipped";
            } else {
                try {
                    DriverManager.getConnection(SERVER_URL).close();
                } catch (SQLException e) {
                    unavailable = "PostgreSQL is not reachable: " + e.getMessage();
                }
            }
        }
        assumeTrue(unavailable == null, unavailable);
    }

    @Override
    String createDatabase() throws SQLException {
        assumeServerReachable();
        schema = "pension_remind_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        return SERVER_URL + (SERVER_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    void dropDatabase() throws SQLException {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER_URL); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
