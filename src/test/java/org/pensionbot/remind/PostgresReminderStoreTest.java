package org.pensionbot.remind;

import java.sql.SQLException;
import org.pensionbot.store.TestPostgres;

/**
 * The reminder table on PostgreSQL ({@link TestPostgres}, shared with the store's tests): skipped
 * when there is none; each test gets its own schema.
 */
class PostgresReminderStoreTest extends ReminderStoreContract {

    private String schema;

    @Override
    String createDatabase() throws SQLException {
        TestPostgres.assumeReachable();
        schema = TestPostgres.createSchema("pension_remind_test_");
        return TestPostgres.urlFor(schema);
    }

    @Override
    void dropDatabase() throws SQLException {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
