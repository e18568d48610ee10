package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The storage contract on a real PostgreSQL server, named by {@code TEST_POSTGRES_URL}
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=postgres}).
 * Skipped when the variable is unset or the server does not answer. Each test gets its own
 * schema, dropped afterwards, so runs never see each other's rows.
 */
class PostgresStorageTest extends StorageContract {

    static final String ENV = "TEST_POSTGRES_URL";
    private static final String SERVER_URL = System.getenv(ENV);

    private String schema;

    /** Why the tests cannot run here, or null when the server answers; checked once per run. */
    private static String unavailable;
    private static boolean checked;

    private static synchronized void assumeServerReachable() {
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
        // Per test rather than in @BeforeAll, so that the report lists each test as skipped.
        assumeTrue(unavailable == null, unavailable);
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedAtTheNextWrite() throws Exception {
        int backend = storage.database().call(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                return r.getInt(1);
            }
        });
        execute("SELECT pg_terminate_backend(" + backend + ")");

        storage.recorder().record(CHAT_ID, Replies.fallback("第一条：连接已断，记录失败也不报错"));
        storage.recorder().record(CHAT_ID, Replies.fallback("第二条：已重新连接"));

        assertThat(rawRows("question_event")).extracting(row -> row.get(2)).containsExactly("第二条：已重新连接");
    }

    @Override
    String createDatabase() throws SQLException {
        assumeServerReachable();
        schema = "pension_bot_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        // currentSchema sets the search_path, so the unqualified table names land in this schema.
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
