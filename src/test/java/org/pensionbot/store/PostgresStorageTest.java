package org.pensionbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The storage contract on a real PostgreSQL server ({@link TestPostgres}): skipped when there is
 * none; each test gets its own schema, dropped afterwards.
 */
class PostgresStorageTest extends StorageContract {

    private String schema;

    @Test
    void aConnectionTheServerDroppedIsReplacedAtTheNextWrite() throws Exception {
        int backend = storage.database().call(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                return r.getInt(1);
            }
        });
        TestPostgres.execute("SELECT pg_terminate_backend(" + backend + ")");

        storage.recorder().record(CHAT_ID, Replies.fallback("第一条：连接已断，记录失败也不报错"));
        storage.recorder().record(CHAT_ID, Replies.fallback("第二条：已重新连接"));

        assertThat(rawRows("question_event")).extracting(row -> row.get(2)).containsExactly("第二条：已重新连接");
    }

    @Override
    String createDatabase() throws SQLException {
        TestPostgres.assumeReachable();
        schema = TestPostgres.createSchema("pension_bot_test_");
        return TestPostgres.urlFor(schema);
    }

    @Override
    void dropDatabase() throws SQLException {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
