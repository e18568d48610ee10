package org.pensionbot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The instance claims on one SQLite file opened twice. */
class SqliteInstanceClaimsTest extends InstanceClaimsContract {

    @TempDir
    Path dir;

    @Override
    String createDatabase() {
        return "jdbc:sqlite:" + dir.resolve("pension-bot.db");
    }
}
