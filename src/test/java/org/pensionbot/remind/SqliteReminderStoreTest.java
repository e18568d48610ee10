package org.pensionbot.remind;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The reminder table on an SQLite file, where two bot processes would share one file. */
class SqliteReminderStoreTest extends ReminderStoreContract {

    @TempDir
    Path dir;

    @Override
    String createDatabase() {
        return "jdbc:sqlite:" + dir.resolve("pension-bot.db");
    }
}
