package org.pensionbot.store;

import java.sql.SQLException;

/** The instance claims on a real PostgreSQL server ({@link TestPostgres}); skipped when there is none. */
class PostgresInstanceClaimsTest extends InstanceClaimsContract {

    private String schema;

    @Override
    String createDatabase() throws SQLException {
        TestPostgres.assumeReachable();
        schema = TestPostgres.createSchema("pension_bot_claims_");
        return TestPostgres.urlFor(schema);
    }

    @Override
    void dropDatabase() throws SQLException {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
