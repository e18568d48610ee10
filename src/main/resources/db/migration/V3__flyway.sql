-- V3: Flyway took over from the home-made migrator. A database from before it was baselined at
-- the legacy table's newest version (see SchemaMigrations); the legacy table is dropped so that
-- an older pension-bot started on this database stops at its V1 instead of running on a schema
-- it does not know.
DROP TABLE IF EXISTS schema_version;
